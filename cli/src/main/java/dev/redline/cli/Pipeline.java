package dev.redline.cli;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandsFile;
import dev.redline.demands.DemandsFileException;
import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import dev.redline.read.ReadOptions;
import dev.redline.report.ReportFiles;
import dev.redline.report.ReportWriter;
import dev.redline.report.tracker.TrackerWriter;
import dev.redline.report.tracker.TrackerXlsxWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Calls the library's entry points for a command and reports problems to the user's streams. */
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

  private final PrintWriter out;
  private final PrintWriter err;
  private final ReadOptions readOptions;

  Pipeline(PrintWriter out, PrintWriter err) {
    this(out, err, ReadOptions.DEFAULTS);
  }

  private Pipeline(PrintWriter out, PrintWriter err, ReadOptions readOptions) {
    this.out = out;
    this.err = err;
    this.readOptions = readOptions;
  }

  /** The same pipeline, reading drafts with these options. */
  Pipeline reading(ReadOptions options) {
    return new Pipeline(out, err, options);
  }

  /**
   * Compares two drafts, checks the demands against them if a demands file is given, and writes
   * the report; prints where it went and the counts.
   */
  int compare(Path oldFile, Path newFile, Path demandsFile, Path target, ReportWriter writer) {
    try {
      List<Path> files = List.of(oldFile, newFile);
      History history = Histories.of(read(files), new Aligner());
      Comparison comparison = new ClauseDiffer().compare(history.steps().get(0));
      Optional<Tracker> tracker = demandsFile == null ? Optional.empty() : Optional.of(track(history, demandsFile));
      write(target, inputs(files, demandsFile), out -> writer.write(comparison, tracker, out));
      out.println("Wrote " + target);
      out.println(Summary.of(comparison));
      tracker.ifPresent(t -> out.println(Summary.of(t)));
      out.flush();
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    }
  }

  /**
   * Aligns a chain of drafts, compares each step, checks the demands if a demands file is given,
   * and writes the report of the whole history; prints where it went and each step's counts.
   */
  int historyReport(List<Path> files, Path demandsFile, Path target, ReportWriter writer) {
    try {
      History history = Histories.of(read(files), new Aligner());
      List<Comparison> steps = history.steps().stream().map(step -> new ClauseDiffer().compare(step)).toList();
      Optional<Tracker> tracker = demandsFile == null ? Optional.empty() : Optional.of(track(history, demandsFile));
      write(target, inputs(files, demandsFile), out -> writer.write(history, steps, tracker, out));
      out.println("Wrote " + target);
      steps.forEach(step -> out.println(Summary.of(step)));
      tracker.ifPresent(t -> out.println(Summary.of(t)));
      out.flush();
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    }
  }

  private static List<Path> inputs(List<Path> files, Path demandsFile) {
    List<Path> inputs = new ArrayList<>(files);
    if (demandsFile != null) {
      inputs.add(demandsFile);
    }
    return inputs;
  }

  private void write(Path target, List<Path> inputs, ReportFiles.Content content) throws Failure {
    try {
      ReportFiles.writeAtomically(target, inputs, content);
    } catch (IOException e) {
      throw fail(ExitCode.OUTPUT_FAILED, e.getMessage());
    }
  }

  /** The demands of the file checked over the history; a bad or missing file is reported and ends the command. */
  private Tracker track(History history, Path demandsFile) throws Failure {
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
  int history(List<Path> files, Path target, java.util.function.Function<History, String> render) {
    try {
      History history = Histories.of(read(files), new Aligner());
      String text = render.apply(history);
      if (target == null) {
        out.print(text);
        out.flush();
      } else {
        try {
          ReportFiles.writeAtomically(target, files, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw fail(ExitCode.OUTPUT_FAILED, e.getMessage());
        }
        out.println("Wrote " + target);
      }
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    }
  }

  /** Checks the demands over the history of the drafts; prints the table, and writes a file if asked. */
  int check(List<Path> files, Path demandsFile, Path target, Format format) {
    try {
      History history = Histories.of(read(files), new Aligner());
      Tracker tracker = track(history, demandsFile);
      out.print(TrackerWriter.table(tracker));
      if (target != null) {
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(demandsFile);
        try {
          ReportFiles.writeAtomically(target, inputs, o -> {
            switch (format) {
              case XLSX -> TrackerXlsxWriter.write(tracker, o);
              case CSV -> o.write(TrackerWriter.csv(tracker).getBytes(StandardCharsets.UTF_8));
              case JSON -> o.write(TrackerWriter.json(tracker).getBytes(StandardCharsets.UTF_8));
            }
          });
        } catch (IOException e) {
          throw fail(ExitCode.OUTPUT_FAILED, e.getMessage());
        }
        out.println("Wrote " + target);
      }
      out.flush();
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    }
  }

  /** The formats the tracker is written in. */
  enum Format {
    XLSX,
    CSV,
    JSON
  }

  /** Prints what {@code render} makes of one draft; its warnings are part of what it prints. */
  int parse(Path file, java.util.function.Function<Draft, String> render) {
    try {
      Draft draft = read(List.of(file), false).get(0);
      out.print(render.apply(draft));
      out.flush();
      return ExitCode.OK;
    } catch (Failure f) {
      return f.code;
    }
  }

  /** Reads every file, printing its warnings; the first unreadable one is reported and ends the command. */
  private List<Draft> read(List<Path> files) throws Failure {
    return read(files, true);
  }

  /**
   * Reads every file, printing its warnings where asked; the first unreadable one is reported and
   * ends the command.
   */
  private List<Draft> read(List<Path> files, boolean printWarnings) throws Failure {
    List<Draft> drafts = new ArrayList<>();
    for (Path file : files) {
      try {
        Draft draft = DraftReaders.read(file, readOptions);
        if (printWarnings) {
          draft.warnings().forEach(w -> err.println("redline: warning: " + w));
        }
        drafts.add(draft);
      } catch (DraftReadException e) {
        throw fail(
            switch (e.problem()) {
              case NOT_FOUND, NOT_READABLE -> ExitCode.INPUT_MISSING;
              case EMPTY, BINARY, TOO_LARGE, UNSUPPORTED_FORMAT, CORRUPT, ENCRYPTED, NO_TEXT_LAYER, NO_ARTICLES -> ExitCode.INPUT_UNUSABLE;
            },
            e.getMessage());
      }
    }
    return drafts;
  }

  private Failure fail(int code, String message) {
    err.println("redline: error: " + message);
    return new Failure(code);
  }
}
