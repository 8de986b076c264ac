package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits a user sets on the command line: size, pages, articles and time, each with a clear message. */
class LimitsTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var cmd = Redline.commandLine();
    cmd.setOut(new PrintWriter(new StringWriter(), true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  private static String fixture(String name) {
    return Fixtures.draft("cybercrime", name).toString();
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithTheLimitNamed() throws Exception {
    Path out = dir.resolve("out.docx");
    Path big = Files.writeString(dir.resolve("big.txt"), Files.readString(Path.of(fixture("rev3.txt"))).repeat(120));
    int code = run("compare", fixture("rev2.txt"), big.toString(), "--max-size", "1", "-o", out.toString());
    assertEquals(ExitCode.INPUT_UNUSABLE, code, err.toString());
    assertTrue(err.toString().contains("bytes, more than the limit of 1,048,576 bytes"), err.toString());
    assertFalse(Files.exists(out));
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--max-size", "1", "-o", out.toString()), err.toString());
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--max-size", "0", "-o", out.toString()));
  }

  @Test
  void aPdfOverThePageLimitIsRefusedWithThePagesCounted() {
    Path out = dir.resolve("out.docx");
    int code = run("compare", fixture("rev2.pdf"), fixture("rev3.pdf"), "--max-pages", "5", "-o", out.toString());
    assertEquals(ExitCode.INPUT_UNUSABLE, code, err.toString());
    assertTrue(err.toString().contains("pages, more than the limit of 5 pages"), err.toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void aDraftOverTheArticleLimitIsRefusedWithTheLimitNamed() {
    Path out = dir.resolve("out.md");
    // Rev.3 has 55 articles, 54 in Rev.2: a limit of 54 refuses the first, and lets Rev.2 through.
    int code = run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--max-articles", "54", "-o", out.toString());
    assertEquals(ExitCode.INPUT_UNUSABLE, code, err.toString());
    assertEquals("redline: error: " + fixture("rev3.txt") + ": holds more than the limit of 54 articles for reading a draft", err.toString().strip());
    assertFalse(Files.exists(out));
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--max-articles", "55", "-o", out.toString()), err.toString());
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--max-articles", "0", "-o", out.toString()));
  }

  @Test
  void workOverTheTimeLimitStopsWithExitCode7AndNoReport() throws Exception {
    // Standard input that stays open and silent: the work cannot end before the limit, however fast
    // the machine, so the test does not depend on its speed.
    java.io.PipedOutputStream silent = new java.io.PipedOutputStream();
    java.io.InputStream stdin = System.in;
    System.setIn(new java.io.PipedInputStream(silent));
    try {
      Path out = dir.resolve("out.docx");
      int code = run("compare", "-", fixture("rev3.txt"), "--timeout", "1", "-o", out.toString());
      assertEquals(ExitCode.TIMED_OUT, code, err.toString());
      assertTrue(err.toString().contains("stopped after 1 s, the limit set by --timeout"), err.toString());
      assertFalse(Files.exists(out));
    } finally {
      silent.close();
      System.setIn(stdin);
    }
  }

}
