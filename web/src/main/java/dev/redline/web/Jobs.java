package dev.redline.web;

import dev.redline.Redline;
import dev.redline.demands.DemandsFile;
import dev.redline.demands.DemandsFileException;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import dev.redline.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The work the page asks for, one job at a time on one thread: read a project's drafts (those it
 * has and those just uploaded), align and compare them, check the demands, and only when all of
 * that worked, record the uploads in the workspace. The results of the projects used last are
 * kept in memory for the report and the downloads.
 *
 * <p>Thread-safe.
 */
final class Jobs implements AutoCloseable {
  /** A file uploaded under a name, waiting in the workspace's incoming folder. */
  record Upload(String name, Path file) {}

  /** Where a job is: its stage, and the project when it has finished well, or the message when not. */
  static final class Job {
    final long id;
    volatile String stage = "Waiting";
    volatile int done;
    volatile int total;
    volatile boolean finished;
    volatile String error;
    volatile Long project;
    final java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);

    Job(long id) {
      this.id = id;
    }
  }

  private final Workspace workspace;
  private final ReadOptions readOptions;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "redline-web-work");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong nextId = new AtomicLong(1);
  private final Map<Long, Job> jobs = bounded(KEPT_JOBS);
  private final Map<Long, Analysis> analyses = bounded(KEPT_ANALYSES);

  /** The most recent jobs whose state can be asked for. */
  static final int KEPT_JOBS = 200;
  /** The projects whose results are kept in memory, the most recently used; the others are worked out again when opened. */
  static final int KEPT_ANALYSES = 8;

  /** A map keeping its most recently used entries, at most {@code limit}. */
  private static <V> Map<Long, V> bounded(int limit) {
    return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<Long, V>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
        return size() > limit;
      }
    });
  }

  Jobs(Workspace workspace, ReadOptions readOptions) {
    this.workspace = workspace;
    this.readOptions = readOptions;
  }

  /** The job with this number, if there is one. */
  Optional<Job> job(long id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The analysis of a project, if a job has made it since the server started. */
  Optional<Analysis> analysis(long project) {
    return Optional.ofNullable(analyses.get(project));
  }

  /**
   * Starts the work: the drafts of the project (if any) then the uploaded drafts, with the uploaded
   * demands file, or else the project's.
   *
   * @param project the project to add to, or empty for a new one
   * @param name the new project's name; if blank, the title of its latest draft
   * @param earlier whether the drafts come before the project's drafts rather than after them
   */
  Job submit(Optional<Long> project, String name, List<Upload> drafts, boolean earlier, Optional<Upload> demands) {
    Job job = new Job(nextId.getAndIncrement());
    jobs.put(job.id, job);
    worker.execute(() -> run(job, project, name, drafts, earlier, demands));
    return job;
  }

  private void run(Job job, Optional<Long> projectId, String name, List<Upload> uploads, boolean earlier, Optional<Upload> demandsUpload) {
    try {
      Optional<Workspace.Project> project = projectId.isEmpty() ? Optional.empty() : workspace.project(projectId.get());
      List<Upload> all = new ArrayList<>();
      project.ifPresent(p -> p.drafts().forEach(d -> all.add(new Upload(d.name(), workspace.file(p.id(), d.file())))));
      all.addAll(earlier ? 0 : all.size(), uploads);
      if (all.size() < 2) {
        throw new Refusal("give at least two drafts, oldest first");
      }
      List<Draft> drafts = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        Upload upload = all.get(i);
        String label = "Reading " + upload.name() + " (" + (i + 1) + " of " + all.size() + ")";
        job.stage = label;
        job.done = 0;
        job.total = 0;
        try {
          Draft draft = DraftReaders.read(upload.file(), readOptions.withProgress((done, total) -> {
            job.done = done;
            job.total = total;
          }));
          drafts.add(named(draft, upload.name()));
          draft.warnings().forEach(w -> warnings.add(named(w, upload)));
        } catch (DraftReadException e) {
          throw new Refusal(named(e.getMessage(), upload));
        }
      }
      uploads = byDate(uploads, all, drafts, earlier ? 0 : all.size() - uploads.size());
      job.stage = "Aligning " + drafts.size() + " drafts";
      History history = Redline.history(drafts, stage -> job.stage = stage);
      List<Comparison> steps = history.steps();
      Optional<Upload> demands = demandsUpload.isPresent() ? demandsUpload
          : project.flatMap(Workspace.Project::demands).map(d -> new Upload(d.name(), workspace.file(project.get().id(), d.file())));
      Optional<Tracker> tracker = Optional.empty();
      if (demands.isPresent()) {
        job.stage = "Checking the demands of " + demands.get().name();
        tracker = Optional.of(track(history, demands.get()));
      }
      long id;
      if (uploads.isEmpty() && demandsUpload.isEmpty()) {
        id = projectId.orElseThrow();
      } else {
        List<Workspace.Accepted> accepted = new ArrayList<>();
        int first = earlier ? 0 : drafts.size() - uploads.size();
        for (int i = 0; i < uploads.size(); i++) {
          accepted.add(new Workspace.Accepted(uploads.get(i).name(), uploads.get(i).file(), drafts.get(first + i).revision()));
        }
        Optional<Workspace.Accepted> demandsAccepted = demandsUpload.map(u -> new Workspace.Accepted(u.name(), u.file(), ""));
        String title = drafts.get(drafts.size() - 1).titleContent().withoutNoteRefs();
        String named = !name.isBlank() ? name : title != null && !title.isBlank() ? title : all.get(0).name();
        id = workspace.add(projectId, named.length() > 200 ? named.substring(0, 200) : named, accepted, earlier, demandsAccepted).id();
      }
      analyses.put(id, new Analysis(history, steps, tracker, warnings));
      job.project = id;
      job.stage = "Done";
    } catch (Refusal e) {
      job.error = e.getMessage();
      discard(uploads, demandsUpload);
    } catch (IOException | RuntimeException e) {
      job.error = "Redline could not finish: " + e.getMessage();
      discard(uploads, demandsUpload);
    } finally {
      job.finished = true;
      job.end.countDown();
    }
  }

  /**
   * Puts the drafts of one upload in the order of the dates printed on them, when every one has a
   * date Redline can read ({@code 14 June 2024}, {@code June 14, 2024}, {@code 2024-06-14}) and no
   * two share one; otherwise they stay in the order of their names. Reorders {@code all} and {@code
   * drafts} from {@code first} on, and returns the uploads in their new order.
   */
  static List<Upload> byDate(List<Upload> uploads, List<Upload> all, List<Draft> drafts, int first) {
    List<java.time.LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      Optional<java.time.LocalDate> date = date(drafts.get(first + i).date());
      if (date.isEmpty() || dates.contains(date.get())) {
        return uploads;
      }
      dates.add(date.get());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparing(dates::get));
    List<Upload> sortedUploads = new ArrayList<>();
    List<Draft> sortedDrafts = new ArrayList<>();
    for (int i : order) {
      sortedUploads.add(all.get(first + i));
      sortedDrafts.add(drafts.get(first + i));
    }
    for (int i = 0; i < order.size(); i++) {
      all.set(first + i, sortedUploads.get(i));
      drafts.set(first + i, sortedDrafts.get(i));
    }
    return sortedUploads;
  }

  private static final List<java.time.format.DateTimeFormatter> DATES = List.of(
      java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH),
      java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.ENGLISH),
      java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);

  /** The date printed on a draft, if it is in a form Redline reads. */
  static Optional<java.time.LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (java.time.format.DateTimeFormatter f : DATES) {
      try {
        return Optional.of(java.time.LocalDate.parse(text.strip(), f));
      } catch (java.time.format.DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** The demands checked over the history; a bad file is refused with the command line's message. */
  private static Tracker track(History history, Upload demands) throws Refusal {
    try {
      return Redline.check(history, DemandsFile.read(demands.file()));
    } catch (DemandsFileException e) {
      throw new Refusal(named(e.getMessage(), demands));
    } catch (IOException e) {
      throw new Refusal(demands.name() + ": cannot be read: " + e.getMessage());
    }
  }

  /** The draft, naming the file it was uploaded as instead of the workspace's file. */
  private static Draft named(Draft d, String name) {
    return d.withSource(name, d.warnings());
  }

  /** A message about a stored file, naming the file the user uploaded instead. */
  private static String named(String message, Upload upload) {
    return message.replace(upload.file().toString(), upload.name()).replace(upload.file().getFileName().toString(), upload.name());
  }

  private static void discard(List<Upload> uploads, Optional<Upload> demands) {
    List<Upload> files = new ArrayList<>(uploads);
    demands.ifPresent(files::add);
    for (Upload u : files) {
      try {
        Files.deleteIfExists(u.file());
      } catch (IOException e) {
        // left in the incoming folder, which is cleared when the server starts
      }
    }
  }

  /** A problem with the user's files, with the message to show. */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message, null, false, false);
    }
  }

  /** Stops the worker, waiting a little for a job under way. */
  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
