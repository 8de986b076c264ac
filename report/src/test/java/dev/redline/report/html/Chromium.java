package dev.redline.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through the Chrome DevTools protocol over {@code --remote-debugging-pipe}:
 * the browser reads commands from file descriptor 3 and writes answers to 4, each a JSON message
 * ended by a NUL byte. Java cannot hand a child extra descriptors, so two named pipes are made and
 * {@code bash} opens them as 3 and 4 before starting Chromium. Each instance has a fresh profile,
 * removed on close, and the flags that keep a machine without network quiet.
 *
 * <p>It records what a page reports as errors: exceptions, {@code console.error} and {@code
 * console.warn} calls, and error entries of the browser's log (such as a resource that failed to
 * load). Not thread-safe.
 */
final class Chromium implements Closeable {
  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path home;
  private final Process process;
  private final OutputStream commands;
  private final InputStream answers;
  private final Thread reader;
  private final AtomicInteger nextId = new AtomicInteger(1);
  private final Map<Integer, BlockingQueue<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private String session;

  /** Why Chromium cannot be used here, or empty when it can. */
  static String unavailableReason() {
    return Files.isExecutable(BINARY) ? "" : "no " + BINARY + " (install chromium)";
  }

  Chromium() throws IOException {
    home = Files.createTempDirectory("redline-chromium");
    Path in = home.resolve("in");
    Path out = home.resolve("out");
    for (Path fifo : List.of(in, out)) {
      run("mkfifo", fifo.toString());
    }
    List<String> command = new ArrayList<>(List.of(BINARY.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
        "--user-data-dir=" + home.resolve("profile"), "--remote-debugging-pipe", "about:blank"));
    String script = "exec \"$@\" 3<" + quote(in) + " 4>" + quote(out);
    List<String> bash = new ArrayList<>(List.of("bash", "-c", script, "chromium"));
    bash.addAll(command);
    process = new ProcessBuilder(bash).redirectErrorStream(true).redirectOutput(home.resolve("chromium.log").toFile()).start();
    commands = Files.newOutputStream(in);
    answers = Files.newInputStream(out);
    reader = new Thread(this::readAnswers, "chromium-pipe");
    reader.setDaemon(true);
    reader.start();
  }

  private static String quote(Path p) {
    return "'" + p.toString().replace("'", "'\\''") + "'";
  }

  private static void run(String... command) throws IOException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Opens a page, listens for its errors, sets the window size, and loads the file; returns when it has loaded. */
  void open(Path file, int width, int height) throws IOException {
    String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
    call(session, "Runtime.enable", Map.of());
    call(session, "Log.enable", Map.of());
    call(session, "Page.enable", Map.of());
    call(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    events.clear();
    call(session, "Page.navigate", Map.of("url", file.toUri().toString()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      JsonNode event;
      try {
        event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      if (event == null) {
        throw new IOException("the page did not load within " + TIMEOUT_SECONDS + " s");
      }
      if (event.path("method").asText().equals("Page.loadEventFired")) {
        return;
      }
    }
  }

  /** The value of a JavaScript expression in the page, as JSON ({@code returnByValue}). */
  JsonNode evaluate(String expression) throws IOException {
    JsonNode result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IOException("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A PNG of what the page shows in its window. */
  byte[] screenshot() throws IOException {
    return Base64.getDecoder().decode(call(session, "Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
  }

  /** Every error the page reported since it was opened, one line each. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  private JsonNode call(String sessionId, String method, Map<String, Object> params) throws IOException {
    int id = nextId.getAndIncrement();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    BlockingQueue<JsonNode> answer = new LinkedBlockingQueue<>();
    pending.put(id, answer);
    synchronized (commands) {
      commands.write(JSON.writeValueAsBytes(message));
      commands.write(0);
      commands.flush();
    }
    JsonNode reply;
    try {
      reply = answer.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      pending.remove(id);
    }
    if (reply == null) {
      throw new IOException(method + ": no answer from Chromium within " + TIMEOUT_SECONDS + " s; log: " + log());
    }
    if (reply.has("error")) {
      throw new IOException(method + ": " + reply.get("error"));
    }
    return reply.path("result");
  }

  private void readAnswers() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      for (int b; (b = answers.read()) >= 0; ) {
        if (b != 0) {
          buffer.write(b);
          continue;
        }
        JsonNode message = JSON.readTree(buffer.toByteArray());
        buffer.reset();
        if (message.has("id")) {
          BlockingQueue<JsonNode> answer = pending.get(message.get("id").asInt());
          if (answer != null) {
            answer.add(message);
          }
        } else {
          record(message);
          events.add(message);
        }
      }
    } catch (IOException e) {
      // the browser closed the pipe
    }
  }

  private void record(JsonNode event) {
    JsonNode p = event.path("params");
    switch (event.path("method").asText()) {
      case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails").path("exception").path("description").asText(
          p.path("exceptionDetails").path("text").asText()));
      case "Runtime.consoleAPICalled" -> {
        String type = p.path("type").asText();
        if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
          errors.add("console." + type + ": " + p.path("args").toString());
        }
      }
      case "Log.entryAdded" -> {
        JsonNode entry = p.path("entry");
        if (entry.path("level").asText().equals("error") || entry.path("level").asText().equals("warning")) {
          errors.add("log " + entry.path("level").asText() + ": " + entry.path("text").asText() + " " + entry.path("url").asText());
        }
      }
      default -> { }
    }
  }

  private String log() {
    try {
      return Files.readString(home.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (process.isAlive()) {
        try {
          call(null, "Browser.close", Map.of());
        } catch (IOException e) {
          // it may close the pipe before answering
        }
      }
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      commands.close();
      answers.close();
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
