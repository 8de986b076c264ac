package dev.redline.cli;

import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandDrafter;
import dev.redline.demands.DraftedDemandsYaml;
import dev.redline.demands.DemandsFile;
import dev.redline.demands.DemandsFileException;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.DraftedDemand;
import dev.redline.model.Letter;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import dev.redline.read.LetterReaders;
import dev.redline.read.ReadOptions;
import dev.redline.report.ReportFiles;
import dev.redline.report.ReportWriter;
import dev.redline.report.tracker.TrackerWriter;
import dev.redline.report.tracker.TrackerXlsxWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Calls the library's entry points for a command, shows progress, and reports results and
 * problems through the {@link Console}.
 */
final class Pipeline {
  /** A problem already reported to the user; carries the exit code. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int code;

    Failure(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }

  private final Console console;
  private final ReadOptions readOptions;
  private final StandardStreams streams;
  /** What the pipeline is working on, for an unexpected error: a file, or the drafts together. */
  private String subject = "redline";

  Pipeline(Console console) {
    this(console, ReadOptions.DEFAULTS, StandardStreams.system());
  }

  private Pipeline(Console console, ReadOptions readOptions, StandardStreams streams) {
    this.console = console;
    this.readOptions = readOptions;
    this.streams = streams;
  }

  /** The same pipeline, reading drafts with these options. */
  Pipeline reading(ReadOptions options) {
    return new Pipeline(console, options, streams);
  }

  /**
   * Compares two drafts, checks the demands against them if a demands file is given, and writes
   * the report; prints where it went and the summary.
   */
  int compare(Path oldFile, Path newFile, Path demandsFile, Path target, ReportWriter writer) {
    try {
      List<Path> files = List.of(oldFile, newFile);
      History history = align(read(files));
      Comparison comparison = history.steps().get(0);
      Optional<Tracker> tracker = demandsFile == null ? Optional.empty() : Optional.of(track(history, demandsFile));
      write(target, inputs(files, demandsFile), writer.format().binary(), out -> writer.write(comparison, tracker, out));
      summary(target, new Summary(console.colour() && !StandardStreams.isStdout(target)).of(comparison, tracker));
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    } catch (RuntimeException | Error e) {
      throw new Unexpected(subject, e);
    }
  }

  /**
   * Aligns a chain of drafts, compares each step, checks the demands if a demands file is given,
   * and writes the report of the whole history; prints where it went and each step's counts.
   */
  int historyReport(List<Path> files, Path demandsFile, Path target, ReportWriter writer) {
    try {
      History history = align(read(files));
      List<Comparison> steps = history.steps();
      Optional<Tracker> tracker = demandsFile == null ? Optional.empty() : Optional.of(track(history, demandsFile));
      write(target, inputs(files, demandsFile), writer.format().binary(), out -> writer.write(history, steps, tracker, out));
      summary(target, new Summary(console.colour() && !StandardStreams.isStdout(target)).ofSteps(steps, tracker));
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    } catch (RuntimeException | Error e) {
      throw new Unexpected(subject, e);
    }
  }

  private void summary(Path target, List<String> lines) {
    if (StandardStreams.isStdout(target)) {
      lines.forEach(console::note);
    } else {
      console.info("Wrote " + target);
      lines.forEach(console::info);
    }
  }

  private static List<Path> inputs(List<Path> files, Path demandsFile) {
    List<Path> inputs = new ArrayList<>(files);
    if (demandsFile != null) {
      inputs.add(demandsFile);
    }
    return inputs;
  }

  /**
   * Writes the report to {@code target}, atomically, or to standard output when the target is
   * {@code -}. A binary report is not written to a terminal.
   */
  private void write(Path target, List<Path> inputs, boolean binary, ReportFiles.Content content) throws Failure {
    if (StandardStreams.isStdout(target)) {
      console.stage("Writing to standard output");
      if (binary && console.stdoutIsTerminal()) {
        throw fail(ExitCode.USAGE, "will not write a binary file to the terminal; redirect standard output to a file or pipe, or give -o FILE");
      }
      try {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        content.writeTo(bytes);
        if (binary) {
          console.results().flush();
          streams.out().write(bytes.toByteArray());
          streams.out().flush();
        } else {
          console.results().print(bytes.toString(StandardCharsets.UTF_8));
          console.results().flush();
        }
      } catch (IOException e) {
        throw fail(ExitCode.OUTPUT_FAILED, "standard output: " + e.getMessage());
      }
      return;
    }
    subject = target.toString();
    console.stage("Writing " + target.getFileName());
    try {
      ReportFiles.writeAtomically(target, inputs, content);
    } catch (IOException e) {
      throw fail(ExitCode.OUTPUT_FAILED, e.getMessage());
    }
  }

  /** The demands of the file checked over the history; a bad or missing file is reported and ends the command. */
  private Tracker track(History history, Path demandsFile) throws Failure {
    subject = demandsFile.toString();
    console.stage("Checking the demands of " + demandsFile.getFileName());
    if (Files.isDirectory(demandsFile)) {
      throw fail(ExitCode.INPUT_MISSING, demandsFile + ": is a folder, not a demands file");
    }
    if (Files.exists(demandsFile) && !Files.isRegularFile(demandsFile)) {
      throw fail(ExitCode.INPUT_MISSING, demandsFile + ": is not a regular file (a device, pipe or socket); give a demands file");
    }
    try {
      return new DemandChecker().check(history, DemandsFile.read(demandsFile));
    } catch (DemandsFileException e) {
      throw fail(ExitCode.DEMANDS_INVALID, e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw fail(ExitCode.INPUT_MISSING, demandsFile + ": file not found");
    } catch (IOException e) {
      throw fail(ExitCode.INPUT_MISSING, demandsFile + ": cannot be read: " + e.getMessage());
    }
  }

  /** The history of the drafts; the text to print or write is made by {@code render}. */
  int history(List<Path> files, Path target, Function<History, String> render) {
    try {
      History history = align(read(files));
      String text = render.apply(history);
      if (target == null || StandardStreams.isStdout(target)) {
        console.results().print(text);
        console.results().flush();
      } else {
        write(target, files, false, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        console.info("Wrote " + target);
      }
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    } catch (RuntimeException | Error e) {
      throw new Unexpected(subject, e);
    }
  }

  /**
   * Checks the demands over the history of the drafts; prints the table (unless {@code --quiet}
   * and a file is asked for), and writes the file if asked.
   */
  int check(List<Path> files, Path demandsFile, Path target, Format format) {
    try {
      History history = align(read(files));
      Tracker tracker = track(history, demandsFile);
      if (target == null || !console.quiet()) {
        if (!StandardStreams.isStdout(target)) {
          console.results().print(TrackerWriter.table(tracker));
        }
      }
      if (target != null) {
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(demandsFile);
        write(target, inputs, format == Format.XLSX, o -> {
          switch (format) {
            case XLSX -> TrackerXlsxWriter.write(tracker, o);
            case CSV -> o.write(TrackerWriter.csv(tracker).getBytes(StandardCharsets.UTF_8));
            case JSON -> o.write(TrackerWriter.json(tracker).getBytes(StandardCharsets.UTF_8));
          }
        });
        if (!StandardStreams.isStdout(target)) {
          console.info("Wrote " + target);
        }
      }
      console.results().flush();
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    } catch (RuntimeException | Error e) {
      throw new Unexpected(subject, e);
    }
  }

  /**
   * Drafts the demands of a letter, against a draft if one is given, and writes them as a demands
   * file (to standard output without a target); prints how many of each kind it drafted.
   */
  int draftDemands(Path letterFile, Path against, Path target) {
    try {
      console.stage("Reading " + letterFile.getFileName());
      Letter letter;
      try {
        letter = LetterReaders.read(letterFile, readOptions);
      } catch (DraftReadException e) {
        throw fail(code(e), e.getMessage());
      }
      Optional<Draft> draft = against == null ? Optional.empty() : Optional.of(read(List.of(against)).get(0));
      console.stage("Drafting the demands of " + letterFile.getFileName());
      List<DraftedDemand> drafted = new DemandDrafter().draft(letter, draft);
      if (drafted.isEmpty()) {
        throw fail(ExitCode.INPUT_UNUSABLE, letterFile + ": no demand found (no article named with a request, no known topic); write the demands file by hand");
      }
      String yaml = DraftedDemandsYaml.format(letter.file(), drafted);
      List<Path> inputs = new ArrayList<>(List.of(letterFile));
      if (against != null) {
        inputs.add(against);
      }
      Path out = target == null ? Path.of("-") : target;
      write(out, inputs, false, o -> o.write(yaml.getBytes(StandardCharsets.UTF_8)));
      java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
      for (DraftedDemand d : drafted) {
        String kind = d.demand().check() instanceof dev.redline.model.DemandCheck.Deleted ? "deleted"
            : d.demand().check() instanceof dev.redline.model.DemandCheck.Excludes ? "excludes"
            : d.demand().check() instanceof dev.redline.model.DemandCheck.Review ? "needs review"
            : "contains";
        kinds.merge(d.demand().targets().stream().anyMatch(t -> t instanceof dev.redline.model.DemandTarget.Topic) ? "topic, " + kind : kind, 1, Integer::sum);
      }
      List<String> lines = List.of(
          "Drafted " + drafted.size() + (drafted.size() == 1 ? " demand" : " demands") + " from " + letterFile.getFileName() + ": "
              + String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()),
          "Every demand is marked draft: true; review each before relying on it.");
      summary(out, lines);
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    }
  }

  /** The exit code of a draft or letter that cannot be read. */
  private static int code(DraftReadException e) {
    return switch (e.problem()) {
      case NOT_FOUND, NOT_READABLE -> ExitCode.INPUT_MISSING;
      case EMPTY, BINARY, TOO_LARGE, UNSUPPORTED_FORMAT, CORRUPT, ENCRYPTED, NO_TEXT_LAYER, NO_ARTICLES -> ExitCode.INPUT_UNUSABLE;
      case PATTERN_FAILED -> ExitCode.USAGE;
    };
  }

  /** The formats the tracker is written in. */
  enum Format {
    XLSX,
    CSV,
    JSON
  }

  /** Prints what {@code render} makes of one draft; its warnings are part of what it prints. */
  int parse(Path file, Function<Draft, String> render) {
    try {
      Draft draft = read(List.of(file), false).get(0);
      console.results().print(render.apply(draft));
      console.results().flush();
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    } catch (RuntimeException | Error e) {
      throw new Unexpected(subject, e);
    }
  }

  private History align(List<Draft> drafts) {
    subject = String.join(", ", drafts.stream().map(Draft::source).toList());
    console.stage("Aligning " + drafts.size() + " drafts");
    return dev.redline.Redline.history(drafts, console::stage);
  }

  /** Reads every file, printing its warnings; the first unreadable one is reported and ends the command. */
  private List<Draft> read(List<Path> files) throws Failure {
    return read(files, true);
  }

  /**
   * Reads every file, printing its warnings where asked; the first unreadable one is reported and
   * ends the command. {@code -} is standard input.
   */
  private List<Draft> read(List<Path> files, boolean printWarnings) throws Failure {
    if (files.stream().filter(StandardStreams::isStdin).count() > 1) {
      throw fail(ExitCode.USAGE, "standard input (-) can be read only once; give at most one draft as -");
    }
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String label = "Reading " + (StandardStreams.isStdin(file) ? "standard input" : String.valueOf(file.getFileName()))
          + (files.size() > 1 ? " (" + (i + 1) + " of " + files.size() + ")" : "");
      console.stage(label);
      subject = StandardStreams.isStdin(file) ? "standard input" : file.toString();
      ReadOptions options = readOptions.withProgress((done, total) -> console.step(label, done, total, "pages"));
      try {
        Draft draft = StandardStreams.isStdin(file) ? streams.readDraft(options) : DraftReaders.read(file, options);
        if (printWarnings) {
          draft.warnings().forEach(console::warning);
        }
        drafts.add(draft);
      } catch (DraftReadException e) {
        throw fail(code(e), e.getMessage());
      }
    }
    return drafts;
  }

  private Failure fail(int code, String message) {
    console.error(message);
    return new Failure(code);
  }
}
