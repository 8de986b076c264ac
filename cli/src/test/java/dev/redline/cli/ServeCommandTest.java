package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
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
 * {@code redline serve} as a user runs it, in its own Java process: the address with its token on
 * the first line, the page served at it, and Ctrl-C (SIGINT) stopping it cleanly.
 */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheAddressFirstServesItAndStopsOnCtrlC() throws Exception {
    Path workspace = dir.resolve("my workspace");
    Path stderr = dir.resolve("stderr.txt");
    // env --default-signal=INT: a build started in the background (as `cmd &` from a script) ignores
    // SIGINT, and its children would inherit that; a user's terminal does not.
    Process p = new ProcessBuilder("env", "--default-signal=INT", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Redline.class.getName(), "serve", "--no-browser", "--workspace", workspace.toString())
        .redirectError(stderr.toFile())
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher m = Pattern.compile("Redline is running at (http://127\\.0\\.0\\.1:(\\d+)/\\?token=[A-Za-z0-9_-]{32})").matcher(String.valueOf(first));
      assertTrue(m.matches(), "first line: " + first + "; stderr: " + Files.readString(stderr));
      int port = Integer.parseInt(m.group(2));
      HttpURLConnection page = (HttpURLConnection) URI.create(m.group(1)).toURL().openConnection();
      assertEquals(200, page.getResponseCode());
      assertTrue(new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("<title>Redline</title>"));
      HttpURLConnection bare = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
      assertEquals(403, bare.getResponseCode(), "without the token");
      assertTrue(Files.isRegularFile(workspace.resolve("redline.db")), "the workspace is made");

      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertTrue(kill.waitFor(30, TimeUnit.SECONDS));
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped by Ctrl-C");
      assertTrue(List.of(0, 130).contains(p.exitValue()), "exit " + p.exitValue());
      String errors = Files.readString(stderr);
      assertFalse(errors.contains("Exception") || errors.contains("\tat "), errors);
      assertThrows(ConnectException.class, () -> {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
          s.getOutputStream().write(1);
        }
      }, "nothing listens any more");
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void badLimitsAndPortsAreUsageErrors() {
    for (String[] args : List.of(new String[] {"--max-size", "0"}, new String[] {"--max-pages", "0"}, new String[] {"--port", "70000"},
        new String[] {"--timeout", "5"})) {
      CommandRun run = new CommandRun();
      List<String> all = new java.util.ArrayList<>(List.of("serve", "--no-browser", "--workspace", dir.resolve("ws").toString()));
      all.addAll(List.of(args));
      assertEquals(ExitCode.USAGE, run.run(all.toArray(String[]::new)), String.join(" ", args));
      assertTrue(run.err.toString().startsWith("redline: error: "), run.err.toString());
      assertEquals("", run.out.toString(), "no server started");
    }
  }

  @Test
  void aBusyPortIsOneLineAndAnExitCode() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      CommandRun run = new CommandRun();
      int code = run.run("serve", "--no-browser", "--workspace", dir.resolve("ws").toString(), "--port", Integer.toString(taken.getLocalPort()));
      String err = run.err.toString();
      assertEquals(ExitCode.OUTPUT_FAILED, code, err);
      assertTrue(err.startsWith("redline: error: cannot listen on 127.0.0.1:" + taken.getLocalPort()), err);
      assertEquals(1, err.strip().lines().count(), err);
      assertEquals("", run.out.toString(), "no address printed");
    }
  }
}
