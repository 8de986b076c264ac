package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report whose writer is killed (SIGKILL) half-way leaves the previous file, or none, never a torn one. */
class KilledWriteTest {
  @TempDir Path dir;

  private void killMidWrite(Path target) throws Exception {
    stopMidWrite(target, true);
  }

  private void stopMidWrite(Path target, boolean kill) throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SlowReportWriter.class.getName(), target.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", r.readLine(), "the writer got half-way");
      if (kill) {
        p.destroyForcibly();
      } else {
        p.destroy();
      }
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void thePreviousReportSurvives() throws Exception {
    Path target = Files.writeString(dir.resolve("report.docx"), "previous report");
    killMidWrite(target);
    assertEquals("previous report", Files.readString(target));
  }

  @Test
  void noReportAppearsWhenThereWasNone() throws Exception {
    Path target = dir.resolve("report.docx");
    killMidWrite(target);
    assertFalse(Files.exists(target));
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> parts = files.toList();
      assertEquals(1, parts.size(), "the killed writer's partial file, and nothing else: " + parts);
      assertTrue(parts.get(0).getFileName().toString().matches("\\.redline-[0-9a-f]{16}\\.part"), parts.toString());
      assertEquals(1 << 20, Files.size(parts.get(0)), "it was killed half-way through writing");
    }
  }

  @Test
  void aStoppedWriterRemovesItsPartialFile() throws Exception {
    Path target = dir.resolve("report.docx");
    stopMidWrite(target, false);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "SIGTERM: nothing left behind");
    }
  }

  @Test
  void theNextWriteRemovesOnlyWhatItCreated() throws Exception {
    Path target = dir.resolve("out.md");
    Path lookalike = Files.writeString(dir.resolve(".out.md.0123abcd.part"), "a user's own file");
    killMidWrite(target);
    Path leftover;
    try (Stream<Path> files = Files.list(dir)) {
      leftover = files.filter(f -> f.getFileName().toString().startsWith(".redline-")).findFirst().orElseThrow();
    }
    ReportFiles.writeAtomically(target, List.of(), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(target));
    assertEquals("a user's own file", Files.readString(lookalike), "a file named like a temporary one is not Redline's to delete");
    assertTrue(Files.exists(leftover), "another process's partial file is not this one's to delete");
  }
}
