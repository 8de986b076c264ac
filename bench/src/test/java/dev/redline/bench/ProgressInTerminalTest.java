package dev.redline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redline compare} on a pair of 300-page PDFs, run as a user runs it: in a real terminal
 * (tmux), with standard error piped, and with {@code --quiet}. Everything the terminal received is
 * recorded with {@code tmux pipe-pane}.
 */
class ProgressInTerminalTest {
  private static final Path JAR = Path.of("../cli/target/redline.jar").toAbsolutePath().normalize();
  private static final Pattern PAGES = Pattern.compile("Reading old-5x\\.pdf \\(1 of 2\\)  \\[[=> ]{24}\\] (\\d+)/(\\d+) pages");

  @TempDir static Path dir;
  private static ScaledDrafts.Pair pair;

  @BeforeAll
  static void drafts() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "the command line's jar is built before the bench module: " + JAR);
    pair = ScaledDrafts.allForms(Path.of("target/scaled"), 5);
  }

  /** Runs the command in a fresh tmux server; returns what the terminal received and its final screen. */
  private static String[] inTmux(List<String> args) throws Exception {
    String socket = "redline-test-" + ProcessHandle.current().pid();
    Path log = dir.resolve("pane-" + System.nanoTime() + ".log");
    StringBuilder command = new StringBuilder("tmux -L " + socket + " wait-for go; java -jar " + JAR);
    for (String a : args) {
      command.append(" '").append(a).append("'");
    }
    command.append("; echo EXIT=$?; tmux -L ").append(socket).append(" wait-for -S done; sleep 60");
    try {
      tmux(socket, "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "120", "-y", "40", "sh", "-c", command.toString());
      tmux(socket, "pipe-pane", "-t", "t", "-o", "cat >> '" + log + "'");
      tmux(socket, "wait-for", "-S", "go");
      tmux(socket, "wait-for", "done");
      String screen = tmux(socket, "capture-pane", "-p", "-t", "t");
      Thread.sleep(200); // pipe-pane's cat flushes on its own schedule
      return new String[] {Files.readString(log, StandardCharsets.UTF_8), screen};
    } finally {
      new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String tmux(String socket, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Path output = Files.createTempFile(dir, "tmux", ".out");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("tmux " + String.join(" ", args) + " did not finish within 180 s");
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "tmux " + String.join(" ", args) + ": " + text);
    return text;
  }

  @Test
  void aTerminalShowsProgressThatIsClearedBeforeTheSummary() throws Exception {
    Path out = dir.resolve("tty.docx");
    String[] run = inTmux(List.of("compare", pair.oldAs("pdf").toString(), pair.newAs("pdf").toString(), "-o", out.toString()));
    String received = run[0];
    String screen = run[1];
    assertTrue(screen.contains("EXIT=0"), screen);
    Set<Integer> pages = new TreeSet<>();
    Matcher m = PAGES.matcher(received);
    int total = 0;
    while (m.find()) {
      pages.add(Integer.parseInt(m.group(1)));
      total = Integer.parseInt(m.group(2));
    }
    assertTrue(total > 250, "a 300-page draft: " + total);
    assertTrue(pages.size() >= 3, "the page count moves on while reading: " + pages);
    assertTrue(pages.contains(total), "and reaches the last page: " + pages);
    assertTrue(received.contains("Reading new-5x.pdf (2 of 2)"), received);
    assertTrue(received.contains("Aligning 2 drafts"), received);
    assertTrue(received.contains("Writing tty.docx"), received);
    assertTrue(screen.contains("Wrote " + out), screen);
    assertTrue(screen.contains("Rev.1 -> Rev.2: 750 -> 750 articles"), screen);
    assertFalse(screen.contains("Reading") || screen.contains("pages"), "no progress left on the screen:\n" + screen);
    assertTrue(received.contains("\033[32m"), "the summary is coloured in a terminal");
  }

  @Test
  void quietShowsNothingInATerminal() throws Exception {
    Path out = dir.resolve("quiet.docx");
    String[] run = inTmux(List.of("compare", pair.oldAs("pdf").toString(), pair.newAs("pdf").toString(), "-o", out.toString(), "--quiet"));
    assertEquals("EXIT=0", run[1].strip(), "the whole screen");
    assertTrue(Files.size(out) > 100_000);
  }

  @Test
  void pipedOutputHasNoProgress() throws Exception {
    Path out = dir.resolve("piped.docx");
    Path errFile = dir.resolve("piped.err");
    Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "compare", pair.oldAs("pdf").toString(), pair.newAs("pdf").toString(),
        "-o", out.toString()).redirectError(errFile.toFile()).start();
    byte[] stdout = p.getInputStream().readAllBytes(); // ends when the process does
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    byte[] stderr = Files.readAllBytes(errFile);
    assertEquals(0, p.exitValue(), new String(stderr, StandardCharsets.UTF_8));
    String err = new String(stderr, StandardCharsets.UTF_8);
    String outText = new String(stdout, StandardCharsets.UTF_8);
    assertFalse(err.contains("\r") || err.contains("Reading") || err.contains("\033"), err);
    assertFalse(outText.contains("\033"), "no colour in a pipe: " + outText);
    assertTrue(outText.startsWith("Wrote " + out + "\nRev.1 -> Rev.2: 750 -> 750 articles\n"), outText);
  }
}
