package dev.redline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.1 over a socket, so that a test sends exactly the request line and Host header it
 * means to (Java's HTTP client normalises both).
 */
final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: its status, headers (names in lower case) and body. */
  @SuppressWarnings("ArrayRecordComponent") // a test helper: bodies are read, never compared as records
  record Answer(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  /** A file part of a multipart upload. */
  @SuppressWarnings("ArrayRecordComponent") // a test helper: bodies are read, never compared as records
  record Part(String field, String filename, byte[] content) {
    static Part of(String field, Path file) throws IOException {
      return new Part(field, file.getFileName().toString(), Files.readAllBytes(file));
    }
  }

  private final int port;

  Http(int port) {
    this.port = port;
  }

  /** GET with this Host header. */
  Answer get(String target, String host) throws IOException {
    return send("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", new byte[0]);
  }

  /** GET from 127.0.0.1. */
  Answer get(String target) throws IOException {
    return get(target, "127.0.0.1:" + port);
  }

  /** POST of a multipart form with these files and text fields, from 127.0.0.1. */
  Answer post(String target, List<Part> parts, Map<String, String> fields) throws IOException {
    String boundary = "----redline-test-boundary-7f3a";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var field : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (Part p : parts) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"; filename=\"" + p.filename()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(p.content());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = body.toByteArray();
    return send("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\nContent-Type: multipart/form-data; boundary="
        + boundary + "\r\nContent-Length: " + bytes.length + "\r\n\r\n", bytes);
  }

  /** POST without a body. */
  Answer post(String target) throws IOException {
    return send("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", new byte[0]);
  }

  /** Waits, on the server's side, for a job to finish, and returns its state. */
  JsonNode finished(String token, JsonNode started) throws IOException {
    for (int attempt = 0; attempt < 10; attempt++) {
      JsonNode job = get("/api/jobs/" + started.get("job").asLong() + "?wait=30&token=" + token).json();
      if (job.get("finished").asBoolean()) {
        return job;
      }
    }
    throw new IOException("the job did not finish within 300 s");
  }

  private Answer send(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket(java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] all = in.readAllBytes();
      int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.merge(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
      }
      byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        rest = unchunk(rest);
      }
      return new Answer(status, headers, rest);
    }
  }

  private static byte[] unchunk(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < data.length) {
      int lineEnd = indexOf(java.util.Arrays.copyOfRange(data, i, data.length), "\r\n".getBytes(StandardCharsets.ISO_8859_1)) + i;
      String size = new String(data, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
      int n = Integer.parseInt(size, 16);
      if (n == 0) {
        break;
      }
      out.write(data, lineEnd + 2, n);
      i = lineEnd + 2 + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
