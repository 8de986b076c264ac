package dev.redline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run in a real terminal: a tmux server of its own, on a socket in a folder of the test's
 * own, so that no two runs share a server. Everything the terminal receives is recorded with
 * {@code pipe-pane}. Every wait is on a condition (a tmux {@code wait-for} channel, or text on the
 * pane), never on time; each tmux call has a hang guard of ten minutes, far beyond any normal run.
 */
final class Terminal {
  private static final long HANG_GUARD_SECONDS = 600;

  /** What a run left: everything the terminal received, and its final screen. */
  record Run(String received, String screen) {}

  private Terminal() {}

  /** Runs {@code command} (already quoted for {@code sh}) in a fresh terminal of 120 by 40 and waits for it to end. */
  static Run run(Path dir, String command) throws IOException, InterruptedException {
    Path home = Files.createTempDirectory(dir, "tmux");
    String socket = home.resolve("socket").toString();
    Path log = home.resolve("received.log");
    String tmux = "tmux -S '" + socket + "'";
    // The pane waits for the recording to start, runs the command, says it has ended, then holds
    // (on a channel nobody signals) so that its screen can be read; kill-server ends it.
    String script = tmux + " wait-for go; " + command + "; echo EXIT=$?; " + tmux + " wait-for -S done; " + tmux + " wait-for hold";
    try {
      tmux(home, socket, "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "120", "-y", "40", "sh", "-c", script);
      // The recorder signals "flushed" once it has written the last byte, when the pipe is closed.
      tmux(home, socket, "pipe-pane", "-t", "t", "-o", "cat >> '" + log + "'; " + tmux + " wait-for -S flushed");
      tmux(home, socket, "wait-for", "-S", "go");
      tmux(home, socket, "wait-for", "done");
      // The pane has the command's last line once tmux has read it from the terminal.
      String screen = tmux(home, socket, "capture-pane", "-p", "-t", "t");
      while (!screen.contains("EXIT=")) {
        screen = tmux(home, socket, "capture-pane", "-p", "-t", "t");
      }
      tmux(home, socket, "pipe-pane", "-t", "t");
      tmux(home, socket, "wait-for", "flushed");
      return new Run(Files.readString(log, StandardCharsets.UTF_8), screen);
    } finally {
      Process kill = new ProcessBuilder("tmux", "-S", socket, "kill-server").redirectErrorStream(true)
          .redirectOutput(home.resolve("kill.out").toFile()).start();
      if (!kill.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
        kill.destroyForcibly();
      }
    }
  }

  private static String tmux(Path home, String socket, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-S", socket));
    command.addAll(List.of(args));
    Path output = Files.createTempFile(home, "call", ".out");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (!p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("tmux " + String.join(" ", args) + " did not finish within " + HANG_GUARD_SECONDS + " s");
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    assertEquals(0, p.exitValue(), "tmux " + String.join(" ", args) + ": " + text);
    return text;
  }
}
