package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error nobody expected (here, running out of memory in a JVM given far too little) ends in one
 * line naming the file and a log file with the details, exit code 1, and no stack trace on the
 * terminal; with {@code --debug} the stack trace is printed.
 */
class LastLineOfDefenceTest {
  @TempDir Path dir;

  private record Result(int code, String err) {}

  /** Runs redline in a JVM of 24 MB heap, which cannot hold a draft of 40 MB. */
  private Result runStarved(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m", "-Djava.io.tmpdir=" + dir,
        "-cp", System.getProperty("java.class.path"), Redline.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Result(p.exitValue(), err);
  }

  private Path bigDraft() throws Exception {
    Path big = dir.resolve("big.txt");
    String article = "Article %d. Records\n\n1. Each party shall keep record number %d of what it does under this agreement.\n\n";
    StringBuilder b = new StringBuilder(41 << 20);
    for (int i = 1; b.length() < 40 << 20; i++) {
      b.append(String.format(java.util.Locale.ROOT, article, i, i));
    }
    return Files.writeString(big, b);
  }

  @Test
  void outOfMemoryIsOneLineNamingTheFileAndTheLog() throws Exception {
    Path big = bigDraft();
    Result r = runStarved("compare", Fixtures.draft("cybercrime", "rev3.txt").toString(), big.toString(), "-o", dir.resolve("out.md").toString());
    assertEquals(ExitCode.INTERNAL_ERROR, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    Matcher line = Pattern.compile("redline: error: " + Pattern.quote(big.toString())
        + ": ran out of memory \\(\\d+ MB\\).* \\(please report; details in (\\S+\\.log)\\)").matcher(r.err().strip());
    assertTrue(line.matches(), r.err());
    String log = Files.readString(Path.of(line.group(1)));
    assertTrue(log.contains("java.lang.OutOfMemoryError") && log.contains("\tat "), "the log has the stack trace: " + log);
    assertFalse(Files.exists(dir.resolve("out.md")));
  }

  @Test
  void debugPrintsTheStackTraceInstead() throws Exception {
    Path big = bigDraft();
    Result r = runStarved("compare", Fixtures.draft("cybercrime", "rev3.txt").toString(), big.toString(), "-o", dir.resolve("out.md").toString(), "--debug");
    assertEquals(ExitCode.INTERNAL_ERROR, r.code(), r.err());
    assertTrue(r.err().contains("java.lang.OutOfMemoryError") && r.err().contains("\tat "), r.err());
    assertTrue(r.err().strip().endsWith("(please report; the stack trace is above)"), r.err());
  }
}
