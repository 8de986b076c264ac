package dev.redline.report;

import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.report.docx.DocxRedlineWriter;
import dev.redline.report.html.HtmlReportWriter;
import dev.redline.report.json.JsonReportWriter;
import dev.redline.report.markdown.MarkdownReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry for every report: writes a comparison, or a history of comparisons, in the chosen
 * {@link ReportFormat} with the writer of that format ({@link DocxRedlineWriter}, {@link
 * HtmlReportWriter}, {@link JsonReportWriter}, {@link MarkdownReportWriter}).
 *
 * <p>Immutable and thread-safe. The {@link ReportSettings} are checked when it is made: a printable
 * report is a Word file.
 */
public final class ReportWriter {
  private final ReportFormat format;
  private final ReportSettings settings;

  /**
   * A writer of reports in this format with these settings.
   *
   * @throws IllegalArgumentException if the settings ask for the printable redline in a format other than Word
   */
  public ReportWriter(ReportFormat format, ReportSettings settings) {
    this.format = Objects.requireNonNull(format, "format");
    this.settings = Objects.requireNonNull(settings, "settings");
    if (settings.printable() && format != ReportFormat.DOCX) {
      throw new IllegalArgumentException("the printable redline is a Word file (.docx), not " + format.word());
    }
  }

  /** The format this writer writes. */
  public ReportFormat format() {
    return format;
  }

  /** Writes the comparison, with the demands' statuses if a tracker is given, to the stream, which is left open. */
  public void write(Comparison comparison, Optional<Tracker> tracker, OutputStream out) throws IOException {
    switch (format) {
      case DOCX -> new DocxRedlineWriter(settings).write(comparison, tracker, out);
      case HTML -> text(new HtmlReportWriter(settings).write(comparison, tracker), out);
      case JSON -> text(new JsonReportWriter(settings).write(comparison, tracker), out);
      case MD -> text(new MarkdownReportWriter(settings).write(comparison, tracker), out);
      case SVG -> throw new IllegalArgumentException("a flow diagram is drawn for a history of drafts (redline history ... --format svg), not for one comparison");
    }
  }

  /**
   * Writes the history (the concordance over all its drafts and each step's comparison) to the
   * stream, which is left open.
   *
   * @param steps the comparison of each step: {@code steps.get(k)} compares drafts k and k+1
   * @throws IllegalArgumentException if the format cannot hold a history ({@link ReportFormat#writesHistories()}),
   *     or the steps do not compare the history's drafts in order
   */
  public void write(History history, List<Comparison> steps, Optional<Tracker> tracker, OutputStream out) throws IOException {
    switch (format) {
      case DOCX -> throw new IllegalArgumentException("a history is written as html, md, json or svg, not docx");
      case HTML -> text(new HtmlReportWriter(settings).write(history, steps, tracker), out);
      case JSON -> text(new JsonReportWriter(settings).write(history, steps, tracker), out);
      case MD -> text(new MarkdownReportWriter(settings).write(history, steps, tracker), out);
      case SVG -> text(dev.redline.report.flow.FlowDiagramWriter.write(history), out);
    }
  }

  private static void text(String text, OutputStream out) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
