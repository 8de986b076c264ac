package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void refusesToWriteOverAnInputAndLeavesItAsItWas() throws IOException {
    Path input = Files.writeString(dir.resolve("rev3.txt"), "Article 1\n");
    IOException e =
        assertThrows(
            IOException.class,
            () -> ReportFiles.writeAtomically(dir.resolve("./rev3.txt"), List.of(input), out -> out.write(1)));
    assertTrue(e.getMessage().contains("is one of the input drafts"), e.getMessage());
    assertEquals("Article 1\n", Files.readString(input));
  }

  @Test
  void aFailureMidWayLeavesThePreviousFileAndNoLitter() throws IOException {
    Path target = Files.writeString(dir.resolve("report.docx"), "previous report");
    assertThrows(
        IOException.class,
        () ->
            ReportFiles.writeAtomically(
                target,
                List.of(),
                out -> {
                  out.write("half of a new rep".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                }));
    assertEquals("previous report", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void writesTheWholeContent() throws IOException {
    Path target = dir.resolve("out.bin");
    ReportFiles.writeAtomically(target, List.of(), out -> out.write(new byte[] {1, 2, 3}));
    assertEquals(3, Files.size(target));
  }

  @Test
  void aNamedPipeIsRefusedAndStaysAPipe() throws Exception {
    Path fifo = dir.resolve("report.md");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    IOException e = assertThrows(IOException.class, () -> ReportFiles.writeAtomically(fifo, List.of(), out -> out.write(1)));
    assertTrue(e.getMessage().startsWith(fifo + ": is a named pipe (FIFO), not a regular file"), e.getMessage());
    assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo), "still the pipe it was");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(fifo), files.toList(), "no litter");
    }
  }

  @Test
  void aDeviceIsRefused() throws Exception {
    // A device node of our own, the same as /dev/null, so that a failure cannot harm the machine's.
    Path device = dir.resolve("null");
    Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mknod.waitFor() == 0, "mknod is allowed (as root)");
    IOException e = assertThrows(IOException.class, () -> ReportFiles.writeAtomically(device, List.of(), out -> out.write(1)));
    assertTrue(e.getMessage().contains("is a device, not a regular file"), e.getMessage());
    assertFalse(Files.isRegularFile(device), "still a device");
  }

  @Test
  void theLongestLegalNameCanBeWritten() throws IOException {
    Path target = dir.resolve("r".repeat(250) + ".md");
    ReportFiles.writeAtomically(target, List.of(), out -> out.write(new byte[] {1, 2, 3}));
    assertEquals(3, Files.size(target));
  }
}
