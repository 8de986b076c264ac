package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} in every format and {@code history}, as a user runs them: the files, the messages, the exit codes. */
class ReportCommandsTest {
  private static final String DATE = "2024-06-14T09:30:00Z";

  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  private static String fixture(String name) {
    return Fixtures.draft("cybercrime", name).toString();
  }

  private static String demands() {
    return Fixtures.root().resolve("demands/cybercrime-letters.yaml").toString();
  }

  @Test
  void theFormatFollowsTheFileExtension() throws IOException {
    for (String name : List.of("r.docx", "r.html", "r.json", "r.md")) {
      Path target = dir.resolve(name);
      assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--date", DATE), err.toString());
      assertTrue(out.toString().startsWith("Wrote " + target), out.toString());
    }
    assertTrue(new String(Files.readAllBytes(dir.resolve("r.docx")), 0, 2, StandardCharsets.ISO_8859_1).equals("PK"), "a ZIP package");
    assertTrue(Files.readString(dir.resolve("r.html")).startsWith("<!DOCTYPE html>"));
    assertTrue(Files.readString(dir.resolve("r.json")).contains("\"kind\" : \"comparison\""));
    assertTrue(Files.readString(dir.resolve("r.md")).startsWith("# Redline of Rev.3 against Rev.2\n"));
  }

  @Test
  void formatOverridesTheExtensionAndAnUnknownOneIsAUsageError() throws IOException {
    Path target = dir.resolve("report.txt");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--format", "md"), err.toString());
    assertTrue(Files.readString(target).startsWith("# Redline"));
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", dir.resolve("x.pdf").toString()));
    assertTrue(err.toString().contains("cannot tell the format from"), err.toString());
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--format", "pdf"));
    assertTrue(err.toString().contains("--format must be one of docx, html, json, md, svg, not 'pdf'"), err.toString());
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", dir.resolve("x.html").toString(), "--printable"));
    assertTrue(err.toString().contains("--printable is for Word files"), err.toString());
    assertFalse(Files.exists(dir.resolve("x.html")));
  }

  @Test
  void theSameDateGivesTheSameFileByteForByte() throws IOException {
    for (String ext : List.of("docx", "html", "json")) {
      Path a = dir.resolve("a." + ext);
      Path b = dir.resolve("b." + ext);
      assertEquals(ExitCode.OK, run("compare", fixture("rev1.txt"), fixture("rev2.txt"), "-o", a.toString(), "--date", DATE));
      assertEquals(ExitCode.OK, run("compare", fixture("rev1.txt"), fixture("rev2.txt"), "-o", b.toString(), "--date", DATE));
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), ext);
    }
  }

  @Test
  void compareWithDemandsCountsTheirStatuses() throws IOException {
    Path target = dir.resolve("with-demands.html");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--demands", demands(), "-o", target.toString()), err.toString());
    assertTrue(out.toString().contains("Demands in Rev.3: "), out.toString());
    assertTrue(out.toString().contains("1 reversed"), out.toString());
    assertTrue(Files.readString(target).contains("id=\"demands\""));
    assertEquals(ExitCode.DEMANDS_INVALID, run("compare", fixture("rev1.txt"), fixture("rev2.txt"), "--demands", demands(), "-o", target.toString()),
        "the demands are numbered as in Rev.3, which is not given");
    assertTrue(err.toString().contains("numbering"), err.toString());
  }

  @Test
  void historyWritesOneReportOverTheChain() throws IOException {
    Path target = dir.resolve("history.md");
    int code = run("history", fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--demands", demands());
    assertEquals(ExitCode.OK, code, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals("Wrote " + target, lines.get(0));
    assertTrue(lines.get(1).startsWith("Rev.1 -> Rev.2: 55 -> 54 articles"), lines.get(1));
    assertTrue(lines.get(2).startsWith("Rev.2 -> Rev.3: 54 -> 55 articles"), lines.get(2));
    String md = Files.readString(target);
    assertTrue(md.contains("| 31, 32 | 30 | 31 | Freezing, seizure and confiscation of proceeds of crime | merged | renumbered references updated |"), md);
    assertTrue(md.contains("## Demands"));
    for (String ext : List.of("html", "json")) {
      assertEquals(ExitCode.OK, run("history", fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", dir.resolve("h." + ext).toString()));
    }
    assertTrue(Files.readString(dir.resolve("h.json")).contains("\"kind\" : \"history\""));
  }

  @Test
  void historyRefusesWordAndASingleDraft() {
    assertEquals(ExitCode.USAGE, run("history", fixture("rev1.txt"), fixture("rev2.txt"), "-o", dir.resolve("h.docx").toString()));
    assertTrue(err.toString().contains("a history is written as html, md, json or svg, not docx"), err.toString());
    assertEquals(ExitCode.USAGE, run("history", fixture("rev1.txt"), "-o", dir.resolve("h.md").toString()));
  }
}
