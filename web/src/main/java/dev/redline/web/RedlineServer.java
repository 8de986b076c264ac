package dev.redline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.read.ReadOptions;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The web app's server: Javalin on Jetty, listening on 127.0.0.1 only.
 *
 * <p>Every request must carry the token made for this run, as {@code ?token=} (the address printed
 * at the start), or the cookie the first such request sets; without it the answer is 403. A Host
 * header other than {@code 127.0.0.1} or {@code localhost} gets 403 too, which blocks DNS
 * rebinding. Files are named by the {@link Workspace}, never by a request: a path in a request
 * names a project by its number and a download by a fixed word. Every answer carries a strict
 * Content-Security-Policy; the report's own script is allowed by its hash.
 *
 * <p>Start one with {@link #builder(Path)}; {@link #close()} stops it. Thread-safe.
 */
public final class RedlineServer implements AutoCloseable {
  /** The most files one upload may hold. */
  public static final int MAX_FILES = 20;

  /** What the multipart parser takes beyond the size limit, so that a file a little over it is refused by name. */
  private static final long SLACK = 1L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");
  private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final String APP_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; frame-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Workspace workspace;
  private final Jobs jobs;
  private final ReadOptions readOptions;
  private final String token;
  private final Javalin app;
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Configures a server on a workspace folder. */
  public static final class Builder {
    private final Path workspace;
    private int port;
    private ReadOptions readOptions = ReadOptions.DEFAULTS;

    private Builder(Path workspace) {
      this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The port to listen on; 0 (the default) lets the system pick a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("a port is a number from 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The limits drafts are read with, as the command line's {@code --max-size}, {@code --max-pages} and {@code --max-articles} set them. */
    public Builder readOptions(ReadOptions readOptions) {
      this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
      return this;
    }

    /**
     * Opens the workspace and starts listening.
     *
     * @throws IOException if the workspace cannot be opened or the port cannot be listened on; the
     *     message says which
     */
    public RedlineServer start() throws IOException {
      return new RedlineServer(this);
    }
  }

  /** A builder for a server keeping its projects in this folder. */
  public static Builder builder(Path workspace) {
    return new Builder(workspace);
  }

  private RedlineServer(Builder b) throws IOException {
    this.workspace = Workspace.open(b.workspace);
    clearIncoming();
    this.readOptions = b.readOptions;
    this.jobs = new Jobs(workspace, readOptions);
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    long perFile = readOptions.maxBytes();
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.multipartConfig.cacheDirectory(workspace.folder().resolve("incoming").toString());
      config.jetty.multipartConfig.maxFileSize(perFile + SLACK, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(Math.min(Long.MAX_VALUE / 2, (perFile + SLACK) * (MAX_FILES + 1)), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.routes.before(this::guard);
      config.routes.get("/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
      config.routes.get("/app.js", ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8"));
      config.routes.get("/app.css", ctx -> page(ctx, "app.css", "text/css; charset=utf-8"));
      config.routes.get("/api/projects", this::listProjects);
      config.routes.post("/api/projects", ctx -> upload(ctx, Optional.empty()));
      config.routes.get("/api/projects/{project}", this::showProject);
      config.routes.post("/api/projects/{project}", ctx -> upload(ctx, Optional.of(projectNumber(ctx))));
      config.routes.post("/api/projects/{project}/open", this::openProject);
      config.routes.get("/api/jobs/{job}", this::showJob);
      config.routes.get("/projects/{project}/report.html", this::report);
      config.routes.get("/projects/{project}/{file}", this::download);
      config.routes.exception(NotFound.class, (e, ctx) -> plain(ctx, 404, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> plain(ctx, 500, "Redline could not do this: " + e));
    });
    try {
      app.start("127.0.0.1", b.port);
    } catch (RuntimeException e) {
      jobs.close();
      workspace.close();
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String why = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
      throw new IOException("cannot listen on 127.0.0.1:" + b.port + ": " + why + (b.port == 0 ? "" : "; choose another port with --port"), e);
    }
  }

  /** The address to open, with this run's token: {@code http://127.0.0.1:P/?token=...}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port() + "/?token=" + token);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The random token every request of this run must carry. */
  public String token() {
    return token;
  }

  /** The workspace's folder. */
  public Path workspace() {
    return workspace.folder();
  }

  /** The projects in the workspace, newest first. */
  List<Workspace.Project> workspaceProjects() throws IOException {
    return workspace.projects();
  }

  /** Waits until the server has been stopped by {@link #close()}. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops listening, stops the work under way and closes the workspace; does nothing the second time. */
  @Override
  public synchronized void close() throws IOException {
    if (stopped.getCount() == 0) {
      return;
    }
    try {
      app.stop();
      jobs.close();
      workspace.close();
    } finally {
      stopped.countDown();
    }
  }

  /** Refuses a foreign Host and a request without the token; sets the headers every answer carries. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", APP_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Frame-Options", "SAMEORIGIN");
    if (!localHost(ctx.header("Host"))) {
      forbid(ctx, "Redline answers only at 127.0.0.1 or localhost.");
      return;
    }
    String cookie = "redline-" + port();
    String given = ctx.queryParam("token");
    if (given != null && same(given, token)) {
      ctx.header("Set-Cookie", cookie + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
      return;
    }
    String kept = ctx.cookie(cookie);
    if (kept != null && same(kept, token)) {
      return;
    }
    forbid(ctx, "This address needs the token Redline printed when it started: open the address it printed.");
  }

  private static void forbid(Context ctx, String message) {
    plain(ctx, 403, message);
    ctx.skipRemainingHandlers();
  }

  /** Whether a Host header names this machine: 127.0.0.1 or localhost, with any port. */
  static boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.strip().toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon >= 0) {
      String port = name.substring(colon + 1);
      if (!port.chars().allMatch(Character::isDigit)) {
        return false;
      }
      name = name.substring(0, colon);
    }
    return name.equals("127.0.0.1") || name.equals("localhost");
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static void plain(Context ctx, int status, String message) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
  }

  private void page(Context ctx, String resource, String type) throws IOException {
    try (InputStream in = RedlineServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFound(resource);
      }
      ctx.contentType(type).result(in.readAllBytes());
    }
  }

  private static long projectNumber(Context ctx) {
    return number(ctx.pathParam("project"), "project");
  }

  private static long number(String text, String what) {
    if (!NUMBER.matcher(text).matches()) {
      throw new NotFound("no such " + what);
    }
    return Long.parseLong(text);
  }

  private Workspace.Project project(Context ctx) throws IOException {
    return workspace.project(projectNumber(ctx)).orElseThrow(() -> new NotFound("no such project"));
  }

  /** The answer of {@code GET /api/projects}: every project, newest first. */
  record ProjectList(List<ProjectAnswer> projects) {}

  /**
   * A project as the page shows it.
   *
   * @param demands the demands file's name, or null when the project has none
   * @param ready whether its reports are in memory, so that the page can show them without opening it
   * @param downloads the paths of the files offered, under {@code /projects/ID/}
   */
  record ProjectAnswer(long id, String name, List<DraftAnswer> drafts, String demands, boolean ready, List<String> warnings,
      List<String> downloads) {}

  /** A stored draft: the name it was uploaded under and the revision read from it. */
  record DraftAnswer(String name, String revision) {}

  /** The answer to a request that starts work: the job to follow at {@code /api/jobs/N}. */
  record JobStarted(long job) {}

  /**
   * Where a job is.
   *
   * @param done the part of {@code total} done, when the stage counts
   * @param error the message when the job failed, else null
   * @param project the project's number once the job has finished well, else null
   */
  record JobState(String stage, int done, int total, boolean finished, String error, Long project) {}

  private void listProjects(Context ctx) throws IOException {
    List<ProjectAnswer> list = new ArrayList<>();
    for (Workspace.Project p : workspace.projects()) {
      list.add(describe(p));
    }
    json(ctx, new ProjectList(list));
  }

  private void showProject(Context ctx) throws IOException {
    json(ctx, describe(project(ctx)));
  }

  private ProjectAnswer describe(Workspace.Project p) {
    Optional<Analysis> analysis = jobs.analysis(p.id());
    List<String> downloads = new ArrayList<>();
    for (Analysis.Download d : Analysis.Download.values()) {
      if (d != Analysis.Download.XLSX || p.demands().isPresent()) {
        downloads.add(d.path);
      }
    }
    return new ProjectAnswer(p.id(), p.name(), p.drafts().stream().map(d -> new DraftAnswer(d.name(), d.revision())).toList(),
        p.demands().map(Workspace.StoredDemands::name).orElse(null), analysis.isPresent(),
        analysis.map(Analysis::warnings).orElse(List.of()), downloads);
  }

  /** Works out a stored project's reports again, as after a restart. */
  private void openProject(Context ctx) throws IOException {
    Workspace.Project p = project(ctx);
    json(ctx, new JobStarted(jobs.submit(Optional.of(p.id()), p.name(), List.of(), false, Optional.empty()).id));
  }

  /** Where a job is; with {@code ?wait=S}, once it has finished or S seconds (at most 60) have passed. */
  private void showJob(Context ctx) throws IOException {
    Jobs.Job job = jobs.job(number(ctx.pathParam("job"), "job")).orElseThrow(() -> new NotFound("no such job"));
    String wait = ctx.queryParam("wait");
    if (wait != null && wait.matches("[0-9]{1,2}")) {
      try {
        job.end.await(Math.min(60, Integer.parseInt(wait)), java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    json(ctx, new JobState(job.stage, job.done, job.total, job.finished, job.error, job.project));
  }

  /**
   * Takes the uploaded drafts ({@code drafts}, two or more for a new project, one or more for a
   * project, after its drafts or, with {@code where=earlier}, before them) and demands file
   * ({@code demands}), stores them under made-up names and starts the work. Too many files, or a file beyond the size limit, is refused with 413 and the message.
   */
  private void upload(Context ctx, Optional<Long> project) throws IOException {
    if (project.isPresent() && workspace.project(project.get()).isEmpty()) {
      throw new NotFound("no such project");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > (readOptions.maxBytes() + SLACK) * (MAX_FILES + 1)) {
      plain(ctx, 413, "The upload is larger than Redline takes: at most " + MAX_FILES + " files of "
          + String.format(Locale.ROOT, "%,d", readOptions.maxBytes()) + " bytes each.");
      return;
    }
    List<UploadedFile> drafts;
    List<UploadedFile> demandsFiles;
    try {
      drafts = ctx.uploadedFiles("drafts");
      demandsFiles = ctx.uploadedFiles("demands");
    } catch (Exception e) {
      plain(ctx, 413, "The upload was refused: each file may hold at most "
          + String.format(Locale.ROOT, "%,d", readOptions.maxBytes()) + " bytes, the limit for reading a draft.");
      return;
    }
    if (drafts.size() + demandsFiles.size() > MAX_FILES) {
      plain(ctx, 413, "Too many files: at most " + MAX_FILES + " in one upload.");
      return;
    }
    if (demandsFiles.size() > 1) {
      plain(ctx, 400, "Give one demands file.");
      return;
    }
    if (project.isEmpty() && drafts.size() < 2) {
      plain(ctx, 400, "Give at least two drafts, oldest first.");
      return;
    }
    if (project.isPresent() && drafts.isEmpty() && demandsFiles.isEmpty()) {
      plain(ctx, 400, "Give a draft to add, or a demands file.");
      return;
    }
    for (UploadedFile f : drafts) {
      if (f.size() > readOptions.maxBytes()) {
        plain(ctx, 413, shownName(f) + ": " + String.format(Locale.ROOT, "%,d bytes, more than the limit of %,d bytes for reading a draft",
            f.size(), readOptions.maxBytes()));
        return;
      }
    }
    List<UploadedFile> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparing(RedlineServer::shownName, RedlineServer::naturalOrder));
    List<Jobs.Upload> uploads = new ArrayList<>();
    for (UploadedFile f : ordered) {
      uploads.add(store(f));
    }
    Optional<Jobs.Upload> demands = demandsFiles.isEmpty() ? Optional.empty() : Optional.of(store(demandsFiles.get(0)));
    String name = Optional.ofNullable(ctx.formParam("name")).map(String::strip).orElse("");
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    boolean earlier = project.isPresent() && "earlier".equals(ctx.formParam("where"));
    Jobs.Job job = jobs.submit(project, name, uploads, earlier, demands);
    json(ctx, new JobStarted(job.id));
  }

  /** The name a file was uploaded under, without any folder, as the page shows it. */
  private static String shownName(UploadedFile f) {
    String name = f.filename() == null ? "" : f.filename();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    name = name.replaceAll("\\p{Cntrl}", "");
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    return name.isEmpty() ? "unnamed file" : name;
  }

  /** Orders rev2.txt before rev10.txt: runs of digits compare by their value. */
  static int naturalOrder(String a, String b) {
    Matcher ma = Pattern.compile("\\d+|\\D+").matcher(a);
    Matcher mb = Pattern.compile("\\d+|\\D+").matcher(b);
    while (ma.find() && mb.find()) {
      String x = ma.group();
      String y = mb.group();
      int c;
      if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
        c = new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
      } else {
        c = x.compareToIgnoreCase(y);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private Jobs.Upload store(UploadedFile f) throws IOException {
    String name = shownName(f);
    Path file = workspace.incoming(name);
    try (InputStream in = f.content(); OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
    return new Jobs.Upload(name, file);
  }

  private Analysis analysis(Context ctx) throws IOException {
    Workspace.Project p = project(ctx);
    return jobs.analysis(p.id()).orElseThrow(() -> new NotFound("the project's reports are not ready: open the project first"));
  }

  /** The HTML report, allowed to run its own script (by its hash) and nothing else. */
  private void report(Context ctx) throws IOException {
    byte[] html = analysis(ctx).html();
    StringBuilder hashes = new StringBuilder();
    Matcher m = SCRIPT.matcher(new String(html, StandardCharsets.UTF_8));
    while (m.find()) {
      hashes.append(" 'sha256-").append(Base64.getEncoder().encodeToString(sha256(m.group(1)))).append('\'');
    }
    ctx.header("Content-Security-Policy", "default-src 'none'; script-src" + (hashes.length() == 0 ? " 'none'" : hashes)
        + "; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'");
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void download(Context ctx) throws IOException {
    Workspace.Project p = project(ctx);
    Analysis.Download kind = Analysis.Download.of(ctx.pathParam("file")).orElseThrow(() -> new NotFound("no such file"));
    Analysis analysis = analysis(ctx);
    byte[] bytes = analysis.download(kind).orElseThrow(() -> new NotFound("this project has no demands file, so no tracker"));
    String revisions = analysis.latest().oldDraft().revision() + "-" + analysis.latest().newDraft().revision();
    String file = (p.name() + "-" + (kind == Analysis.Download.XLSX || kind == Analysis.Download.JSON ? "" : revisions + "-") + kind.path)
        .replaceAll("[^A-Za-z0-9._-]+", "-");
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(kind.contentType).result(bytes);
  }

  private static void json(Context ctx, Object value) throws IOException {
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(value));
  }

  /** Removes what a stopped server left in the incoming folder. */
  private void clearIncoming() throws IOException {
    try (Stream<Path> files = Files.list(workspace.folder().resolve("incoming"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** Something the request names is not there; answered with 404. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message, null, false, false);
    }
  }
}
