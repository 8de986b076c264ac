package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.WithinLimits;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second round of hostile input at the command line: output paths that are not regular files,
 * an input named like Redline's temporary files, settings and demands that are not regular files,
 * endless standard input, drafts of a million articles, absurd limits, escape sequences meant for
 * the terminal, and article patterns that would never finish. Each gets its documented exit code
 * and one line, never a stack trace; each keeps less than {@link WithinLimits#HEAP_CEILING} of heap
 * alive and ends within a minute (a hang detector).
 */
@ExtendWith(WithinLimits.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileCommandLineTest {
  @TempDir Path dir;
  private final CommandRun run = new CommandRun();

  private static String fixture(String name) {
    return Fixtures.draft("cybercrime", name).toString();
  }

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    return fifo;
  }

  private void oneLineNoTrace() {
    assertEquals(1, run.err.toString().lines().count(), run.err.toString());
    assertFalse(run.err.toString().contains("\tat "), run.err.toString());
  }

  @Test
  void anOutputThatIsAPipeIsRefusedAndLeftAlone() throws Exception {
    Path fifo = fifo("report.md");
    assertEquals(ExitCode.OUTPUT_FAILED, run.run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", fifo.toString()));
    assertTrue(run.err.toString().startsWith("redline: error: " + fifo + ": is a named pipe (FIFO), not a regular file"), run.err.toString());
    oneLineNoTrace();
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a pipe");
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left");
    }
  }

  @Test
  void anOutputThatIsADeviceIsRefusedAndLeftAlone() throws Exception {
    // A device node of our own, the same as /dev/null, so that a failure cannot harm the machine's.
    Path device = dir.resolve("null.md");
    Assumptions.assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0, "mknod is allowed (as root)");
    assertEquals(ExitCode.OUTPUT_FAILED, run.run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", device.toString()));
    assertTrue(run.err.toString().startsWith("redline: error: " + device + ": is a device, not a regular file"), run.err.toString());
    oneLineNoTrace();
    assertTrue(Files.exists(device) && !Files.isRegularFile(device), "still a device");
  }

  @Test
  void anInputNamedLikeATemporaryFileIsNeitherOverwrittenNorRemoved() throws Exception {
    String draft = Files.readString(Path.of(fixture("rev3.txt")));
    Path input = Files.writeString(dir.resolve(".out.md.0123abcdef012345.part"), draft);
    Path lookalike = Files.writeString(dir.resolve(".redline-0123abcdef012345.part"), draft);
    assertEquals(ExitCode.OK, run.run("compare", fixture("rev2.txt"), input.toString(), "-o", dir.resolve("out.md").toString()), run.err.toString());
    assertEquals(draft, Files.readString(input), "the input is as it was");
    assertEquals(draft, Files.readString(lookalike), "a file named like Redline's own temporary file, but not made by this run, stays");
    assertEquals(ExitCode.OK, run.run("compare", fixture("rev2.txt"), lookalike.toString(), "-o", dir.resolve("out2.md").toString()), run.err.toString());
    assertEquals(draft, Files.readString(lookalike));
  }

  @Test
  void theLongestLegalOutputNameIsWritten() {
    Path target = dir.resolve("r".repeat(248) + ".md");
    assertEquals(ExitCode.OK, run.run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()), run.err.toString());
    assertTrue(Files.isRegularFile(target));
  }

  @Test
  void demandsThatAreAFolderAreAnInputThatCannotBeRead() {
    assertEquals(ExitCode.INPUT_MISSING, run.run("check", "--demands", dir.toString(), fixture("rev2.txt"), fixture("rev3.txt")));
    assertEquals("redline: error: " + dir + ": is a folder, not a demands file", run.err.toString().strip());
  }

  @Test
  void settingsThatAreAPipeDoNotBlockAndAreRefused() throws Exception {
    Path fifo = fifo("redline.yaml");
    assertEquals(ExitCode.OK, run.run(Redline.commandLine(fifo), "--version"), run.err.toString());
    assertEquals(ExitCode.USAGE, run.run(Redline.commandLine(fifo), "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", dir.resolve("r.md").toString()));
    assertTrue(run.err.toString().contains(fifo + ": is not a regular file"), run.err.toString());
    oneLineNoTrace();
  }

  @Test
  void aSettingGivenTwiceIsRefusedWithBothLines() throws Exception {
    Path settings = Files.writeString(dir.resolve("redline.yaml"), "author: Me\ncolor: never\nauthor: You\n");
    assertEquals(ExitCode.USAGE, run.run(Redline.commandLine(settings), "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", dir.resolve("r.md").toString()));
    assertTrue(run.err.toString().contains("redline.yaml:3:1: the key 'author' appears twice in the same mapping, at lines 1 and 3"), run.err.toString());
  }

  @Test
  void aDeviceOrEndlessStandardInputIsReadWithinTheLimit() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix machine");
    assertEquals(ExitCode.INPUT_UNUSABLE, run.run("compare", "/dev/zero", fixture("rev3.txt"), "-o", dir.resolve("r.md").toString()));
    assertEquals("redline: error: /dev/zero: holds binary data, not text (a NUL byte at offset 0)", run.err.toString().strip());
    InputStream endless = new InputStream() {
      private long n;

      @Override
      public int read() {
        return n++ % 80 == 79 ? '\n' : 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int k = 0; k < len; k++) {
          b[off + k] = (byte) read();
        }
        return len;
      }
    };
    InputStream stdin = System.in;
    System.setIn(endless);
    try {
      assertEquals(ExitCode.INPUT_UNUSABLE, run.run("compare", "-", fixture("rev3.txt"), "--max-size", "1", "-o", dir.resolve("r.md").toString()));
    } finally {
      System.setIn(stdin);
    }
    assertEquals("redline: error: standard input: holds more than the limit of 1,048,576 bytes for reading a draft", run.err.toString().strip());
  }

  @Test
  void devZeroOnStandardInputIsRefusedAtOnce() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix machine");
    InputStream stdin = System.in;
    try (InputStream zero = Files.newInputStream(Path.of("/dev/zero"))) {
      System.setIn(zero);
      assertEquals(ExitCode.INPUT_UNUSABLE, run.run("compare", "-", fixture("rev3.txt"), "-o", dir.resolve("r.md").toString()));
    } finally {
      System.setIn(stdin);
    }
    assertTrue(run.err.toString().startsWith("redline: error: standard input: "), run.err.toString());
    oneLineNoTrace();
    assertFalse(Files.exists(dir.resolve("r.md")));
  }

  @Test
  @Tag("slow")
  void twoDraftsOfAMillionArticlesAreRefusedAtTheArticleLimit() throws Exception {
    Path[] drafts = new Path[2];
    for (int d = 0; d < 2; d++) {
      drafts[d] = dir.resolve("million-" + d + ".txt");
      try (var out = Files.newBufferedWriter(drafts[d])) {
        for (int i = 1; i <= 1_000_000; i++) {
          out.write("Article " + i + ". Duty " + i + "\n\nEach party shall keep record " + (i + d) + ".\n\n");
        }
      }
    }
    assertEquals(ExitCode.INPUT_UNUSABLE, run.run("compare", drafts[0].toString(), drafts[1].toString(), "-o", dir.resolve("r.docx").toString()));
    assertEquals("redline: error: " + drafts[0] + ": holds more than the limit of 10,000 articles for reading a draft", run.err.toString().strip());
    assertFalse(Files.exists(dir.resolve("r.docx")));
  }

  @Test
  void anEnormousSizeLimitIsNoLimitRatherThanAnOverflow() {
    assertEquals(ExitCode.OK, run.run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--max-size", "17592186044416", "-o", dir.resolve("r.md").toString()),
        run.err.toString());
  }

  @Test
  void escapeSequencesInADraftNeverReachTheTerminal() throws Exception {
    String draft = "Rules on \u001b]0;pwned\u0007 windows \u001b[2J\u001b]52;c;ZXZpbA==\u0007\n\nArticle 1. Scope \u001b[31m\u009b2J\n\n1. These rules apply.\n\n"
        + "2. They apply to every window, every clipboard and every terminal that shows a title, and to nothing else at all.\n";
    Path file = Files.writeString(dir.resolve("hostile.txt"), draft);
    Console.Terminals before = Console.system;
    Console.system = new Console.Terminals(true, true);
    try {
      assertEquals(ExitCode.OK, run.run("parse", file.toString()), run.err.toString());
    } finally {
      Console.system = before;
    }
    String onTerminal = run.out.toString();
    assertTrue(onTerminal.contains("Rules on ]0;pwned windows [2J]52;c;ZXZpbA=="), onTerminal);
    for (char c : new char[] {'\u001b', '\u0007', '\u009b'}) {
      assertFalse(onTerminal.indexOf(c) >= 0, "no control character " + (int) c + " on the terminal");
    }
  }

  @Test
  void escapeSequencesInADemandsTitleNeverReachTheTerminal() throws Exception {
    Path demands = Files.writeString(dir.resolve("demands.yaml"), "redline-demands: 1\ndemands:\n  - id: D1\n    numbering: Rev.3\n"
        + "    title: \"Keep \\e]0;pwned\\a records \\e[2J\\e]52;c;ZXZpbA==\\a safe\"\n    target: \"18\"\n    check: {contains: [\"records\"]}\n");
    Console.Terminals before = Console.system;
    Console.system = new Console.Terminals(true, true);
    try {
      assertEquals(ExitCode.OK, run.run("check", "--demands", demands.toString(), fixture("rev2.txt"), fixture("rev3.txt")), run.err.toString());
    } finally {
      Console.system = before;
    }
    String onTerminal = run.out.toString();
    assertTrue(onTerminal.contains("Keep ]0;pwned records [2J]52;c;ZXZpbA== safe"), onTerminal);
    for (char c : new char[] {'\u001b', '\u0007'}) {
      assertFalse(onTerminal.indexOf(c) >= 0, "no control character " + (int) c + " on the terminal");
    }
  }

  @Test
  void anErrorNamingAFileWithEscapesShowsThemHarmless() {
    assertEquals(ExitCode.INPUT_MISSING, run.run("parse", dir.resolve("missing\u001b]0;x\u0007.txt").toString()));
    assertEquals("redline: error: " + dir.resolve("missing]0;x.txt") + ": file not found", run.err.toString().strip());
  }

  @Test
  void anArticlePatternThatWouldNeverFinishStopsWithAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Clause 1\n\n" + "a".repeat(60) + "c\n");
    assertEquals(ExitCode.USAGE, run.run("compare", file.toString(), fixture("rev3.txt"), "-o", dir.resolve("r.md").toString(), "--article-pattern", "(?<number>(.*a){20})b"), run.err.toString());
    assertTrue(run.err.toString().startsWith("redline: error: " + file + ": the article pattern took more than 1 s on a line of 61 characters"), run.err.toString());
    oneLineNoTrace();
    Path long1 = Files.writeString(dir.resolve("b.txt"), "Clause 1\n\n" + "ab".repeat(250_000) + "\n");
    assertEquals(ExitCode.USAGE, run.run("compare", long1.toString(), fixture("rev3.txt"), "-o", dir.resolve("r.md").toString(), "--article-pattern", "Clause (?<number>\\d+)|(?:a|b)*c(?<x>x)?"));
    assertTrue(run.err.toString().contains("the article pattern recursed too deeply"), run.err.toString());
    oneLineNoTrace();
  }
}
