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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry for every report: writes a comparison, or a history of comparisons, in the chosen
 * {@link ReportFormat} with the writer of that format ({@link DocxRedlineWriter}, {@link
 * HtmlReportWriter}, {@link JsonReportWriter}, {@link MarkdownReportWriter}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder(ReportFormat)}. The configuration
 * is checked when built: a printable report is a Word file.
 */
public final class ReportWriter {
  private final ReportFormat format;
  private final String author;
  private final ZonedDateTime date;
  private final boolean printable;

  private ReportWriter(Builder b) {
    this.format = b.format;
    this.author = b.author;
    this.date = b.date != null ? b.date : ZonedDateTime.now(ZoneId.systemDefault()).withNano(0);
    this.printable = b.printable;
  }

  /** A builder for reports in this format: author "Redline", dated when built, tracked changes. */
  public static Builder builder(ReportFormat format) {
    return new Builder(format);
  }

  /** Configures a {@link ReportWriter}. */
  public static final class Builder {
    private final ReportFormat format;
    private String author = "Redline";
    private ZonedDateTime date;
    private boolean printable;

    private Builder(ReportFormat format) {
      this.format = Objects.requireNonNull(format, "format");
    }

    /** Who the Word file's tracked changes and comments are by. */
    public Builder author(String author) {
      this.author = Objects.requireNonNull(author, "author");
      return this;
    }

    /** When the report is made; every format shows it. By default the moment {@link #build()} is called. */
    public Builder date(ZonedDateTime date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** Writes the printable Word redline: changes shown by formatting, nothing tracked. */
    public Builder printable(boolean printable) {
      this.printable = printable;
      return this;
    }

    /**
     * The writer.
     *
     * @throws IllegalArgumentException if printable is asked of a format other than Word
     */
    public ReportWriter build() {
      if (printable && format != ReportFormat.DOCX) {
        throw new IllegalArgumentException("the printable redline is a Word file (.docx), not " + format.word());
      }
      return new ReportWriter(this);
    }
  }

  /** The format this writer writes. */
  public ReportFormat format() {
    return format;
  }

  /** Writes the comparison, with the demands' statuses if a tracker is given, to the stream, which is left open. */
  public void write(Comparison comparison, Optional<Tracker> tracker, OutputStream out) throws IOException {
    switch (format) {
      case DOCX -> {
        DocxRedlineWriter.Builder docx = DocxRedlineWriter.builder().author(author).date(date);
        if (printable) {
          docx.printable();
        }
        docx.build().write(comparison, tracker, out);
      }
      case HTML -> text(HtmlReportWriter.builder().date(date).build().write(comparison, tracker), out);
      case JSON -> text(JsonReportWriter.builder().date(date).build().write(comparison, tracker), out);
      case MD -> text(MarkdownReportWriter.builder().date(date).build().write(comparison, tracker), out);
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
      case HTML -> text(HtmlReportWriter.builder().date(date).build().write(history, steps, tracker), out);
      case JSON -> text(JsonReportWriter.builder().date(date).build().write(history, steps, tracker), out);
      case MD -> text(MarkdownReportWriter.builder().date(date).build().write(history, steps, tracker), out);
      case SVG -> text(dev.redline.report.flow.FlowDiagramWriter.write(history), out);
    }
  }

  private static void text(String text, OutputStream out) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
