package dev.redline.web;

import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.report.ReportFormat;
import dev.redline.report.ReportSettings;
import dev.redline.report.ReportWriter;
import dev.redline.report.tracker.TrackerXlsxWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the drafts of a project gave: their history, the comparison of each step and the demands'
 * statuses; and the files made from them, as the command line makes them.
 *
 * @param history the drafts, aligned
 * @param steps the comparison of each step, oldest first
 * @param tracker the demands' statuses in every draft, if the project has a demands file
 * @param warnings what reading the drafts warned of, as the command line prints it
 */
record Analysis(History history, List<Comparison> steps, Optional<Tracker> tracker, List<String> warnings) {
  Analysis {
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
  }

  /** The files offered for download. */
  enum Download {
    /** The Word redline of the latest step, with tracked changes. */
    DOCX("redline.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** The printable Word redline of the latest step. */
    PRINTABLE("printable.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** The whole comparison, or history, as JSON. */
    JSON("comparison.json", "application/json"),
    /** The demand tracker as a spreadsheet. */
    XLSX("tracker.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String path;
    final String contentType;

    Download(String path, String contentType) {
      this.path = path;
      this.contentType = contentType;
    }

    /** The download this path names, if any. */
    static Optional<Download> of(String path) {
      for (Download d : values()) {
        if (d.path.equals(path)) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }
  }

  /** The latest step's comparison. */
  Comparison latest() {
    return steps.get(steps.size() - 1);
  }

  /** The HTML report: the comparison of two drafts, or the history of more. */
  byte[] html() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer = new ReportWriter(ReportFormat.HTML, ReportSettings.DEFAULTS);
    if (steps.size() == 1) {
      writer.write(latest(), tracker, out);
    } else {
      writer.write(history, steps, tracker, out);
    }
    return out.toByteArray();
  }

  /** The file to download, or empty when there is none (a tracker without demands). */
  Optional<byte[]> download(Download download) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (download) {
      case DOCX -> new ReportWriter(ReportFormat.DOCX, ReportSettings.DEFAULTS).write(latest(), tracker, out);
      case PRINTABLE -> new ReportWriter(ReportFormat.DOCX, ReportSettings.DEFAULTS.withPrintable(true)).write(latest(), tracker, out);
      case JSON -> {
        ReportWriter writer = new ReportWriter(ReportFormat.JSON, ReportSettings.DEFAULTS);
        if (steps.size() == 1) {
          writer.write(latest(), tracker, out);
        } else {
          writer.write(history, steps, tracker, out);
        }
      }
      case XLSX -> {
        if (tracker.isEmpty()) {
          return Optional.empty();
        }
        TrackerXlsxWriter.write(tracker.get(), out);
      }
    }
    return Optional.of(out.toByteArray());
  }
}
