package dev.redline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What stands between the web and the user's files: the token, the Host header, the paths a
 * request may name, the upload limits and the Content-Security-Policy; each checked over real HTTP
 * against a running server.
 */
class ServerSecurityTest {
  @TempDir static Path workspace;
  static RedlineServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    Files.writeString(workspace.resolve("outside.txt"), "SECRET OUTSIDE THE PROJECTS");
    server = RedlineServer.builder(workspace.resolve("ws")).start();
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String token() {
    return server.token();
  }

  @Test
  void theAddressPrintedOpensThePageOnTheLoopbackOnly() throws Exception {
    assertEquals("http://127.0.0.1:" + server.port() + "/?token=" + token(), server.url().toString());
    Http.Answer page = http.get("/?token=" + token());
    assertEquals(200, page.status());
    assertTrue(page.text().contains("<title>Redline</title>"), page.text());
  }

  @Test
  void nothingListensOnTheMachinesOtherAddresses() throws Exception {
    java.net.InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
        .findFirst().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "this machine has no address but the loopback");
    org.junit.jupiter.api.Assertions.assertThrows(java.net.ConnectException.class, () -> {
      try (java.net.Socket s = new java.net.Socket(other, server.port())) {
        s.getOutputStream().write(1);
      }
    }, "connecting to " + other.getHostAddress());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/app.js", "/api/projects", "/projects/1/report.html", "/projects/1/redline.docx", "/no/such/page",
      "/?token=wrong", "/?token="})
  void aRequestWithoutTheTokenIsForbidden(String target) throws Exception {
    Http.Answer answer = http.get(target);
    assertEquals(403, answer.status(), target + ": " + answer.text());
    assertTrue(answer.text().contains("token"), answer.text());
  }

  @Test
  void theTokenSetsACookieThatServesTheRequestsAfterIt() throws Exception {
    Http.Answer first = http.get("/?token=" + token(), "localhost:" + server.port());
    assertEquals(200, first.status());
    String cookie = first.headers().get("set-cookie");
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    String pair = cookie.split(";")[0];
    assertTrue(pair.endsWith("=" + token()), pair);
    Http.Answer next = http.get("/api/projects", "127.0.0.1:" + server.port() + "\r\nCookie: " + pair);
    assertEquals(200, next.status(), next.text());
    Http.Answer wrong = http.get("/api/projects", "127.0.0.1:" + server.port() + "\r\nCookie: " + pair.replace(token(), "x" + token()));
    assertEquals(403, wrong.status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost.evil.example:1", "10.0.0.1", "[::1]", ""})
  void aForeignHostHeaderIsForbiddenEvenWithTheToken(String host) throws Exception {
    Http.Answer answer = http.get("/api/projects?token=" + token(), host);
    assertTrue(answer.status() == 403 || answer.status() == 400, host + ": " + answer.status() + " " + answer.text());
    assertFalse(answer.text().contains("\"projects\""), answer.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../outside.txt", "/..%2Foutside.txt", "/%2e%2e/outside.txt", "/projects/..%2F..%2Foutside.txt",
      "/projects/1/..%2F..%2F..%2Foutside.txt", "/projects/1/%2e%2e%2f%2e%2e%2fredline.db", "/projects/..%2F..%2Fws/redline.db",
      "/projects/1/../../redline.db", "/app.js/..%2F..%2Foutside.txt", "/projects/-1/report.html", "/projects/1e3/report.html",
      "/projects/1/redline.db", "/ws/redline.db", "/redline.db", "/incoming", "/projects/99/tracker.xlsx", "/api/jobs/..%2F1"})
  void noPathReachesAFileOutsideWhatTheAppServes(String target) throws Exception {
    Http.Answer answer = http.get(target + (target.contains("?") ? "&" : "?") + "token=" + token());
    // A path climbing above the root is refused by Jetty's parser (400) before any handler sees it.
    boolean aboveRoot = target.startsWith("/../") || target.startsWith("/%2e%2e/");
    assertTrue(answer.status() == 404 || answer.status() == 403 || (aboveRoot && answer.status() == 400), target + ": " + answer.status() + " " + answer.text());
    assertFalse(answer.text().contains("SECRET"), answer.text());
    assertFalse(answer.text().contains("SQLite format"), answer.text());
  }

  @Test
  void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
    for (String target : List.of("/", "/app.js", "/api/projects", "/projects/99/report.html")) {
      Http.Answer answer = http.get(target + "?token=" + token());
      String policy = answer.headers().getOrDefault("content-security-policy", "");
      assertTrue(policy.startsWith("default-src 'none'"), target + ": " + policy);
      assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), policy);
      assertEquals("no-referrer", answer.headers().get("referrer-policy"), "the token in the address is not sent on");
    }
  }

  @Test
  void aFileBeyondTheSizeLimitIsRefusedWithTheLimitSaid(@TempDir Path dir) throws Exception {
    try (RedlineServer small = RedlineServer.builder(dir.resolve("ws")).readOptions(ReadOptions.DEFAULTS.withLimits(2_000, 10)).start()) {
      Http client = new Http(small.port());
      byte[] big = "Article 1. Scope\n\nThis text is long. ".repeat(200).getBytes(StandardCharsets.UTF_8);
      Http.Answer answer = client.post("/api/projects?token=" + small.token(),
          List.of(new Http.Part("drafts", "big.txt", big), new Http.Part("drafts", "small.txt", "Article 1. Scope\n\nShort.\n".getBytes(StandardCharsets.UTF_8))),
          Map.of());
      assertEquals(413, answer.status(), answer.text());
      assertTrue(answer.text().contains("big.txt") && answer.text().contains("2,000 bytes"), answer.text());
      assertEquals(List.of(), small.workspaceProjects(), "nothing stored");
      byte[] huge = new byte[2_000 + (2 << 20)];
      java.util.Arrays.fill(huge, (byte) 'a');
      Http.Answer hugeAnswer = client.post("/api/projects?token=" + small.token(),
          List.of(new Http.Part("drafts", "huge.txt", huge), new Http.Part("drafts", "small.txt", "Article 1. Scope\n\nShort.\n".getBytes(StandardCharsets.UTF_8))),
          Map.of());
      assertEquals(413, hugeAnswer.status(), hugeAnswer.text());
      assertTrue(hugeAnswer.text().contains("at most 2,000 bytes"), hugeAnswer.text());
      try (var left = Files.list(dir.resolve("ws").resolve("incoming"))) {
        assertEquals(0, left.count(), "no upload left behind");
      }
    }
  }

  @Test
  void moreFilesThanTheLimitAreRefused() throws Exception {
    List<Http.Part> parts = new ArrayList<>();
    for (int i = 0; i <= RedlineServer.MAX_FILES; i++) {
      parts.add(new Http.Part("drafts", "rev" + i + ".txt", ("Article 1. Scope\n\nDraft " + i + ".\n").getBytes(StandardCharsets.UTF_8)));
    }
    Http.Answer answer = http.post("/api/projects?token=" + token(), parts, Map.of());
    assertEquals(413, answer.status(), answer.text());
    assertTrue(answer.text().contains("at most " + RedlineServer.MAX_FILES), answer.text());
  }

  @Test
  void anUploadNeedsTheTokenToo() throws Exception {
    Http.Answer answer = http.post("/api/projects",
        List.of(Http.Part.of("drafts", Fixtures.draft("cybercrime", "rev1.txt")), Http.Part.of("drafts", Fixtures.draft("cybercrime", "rev2.txt"))),
        Map.of());
    assertEquals(403, answer.status());
    assertEquals(List.of(), server.workspaceProjects());
  }
}
