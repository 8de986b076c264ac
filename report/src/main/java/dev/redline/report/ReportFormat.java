package dev.redline.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats a comparison or a history is written in, with the file extensions that name them. */
public enum ReportFormat {
  /** The Word redline, with tracked changes (or printable); comparisons only. */
  DOCX("docx"),
  /** One self-contained HTML file. */
  HTML("html", "htm"),
  /** JSON, as {@code docs/comparison.schema.json} describes it. */
  JSON("json"),
  /** A Markdown summary. */
  MD("md", "markdown"),
  /** A flow diagram of the provisions across the drafts; histories only. */
  SVG("svg");

  @SuppressWarnings("ImmutableEnumChecker") // List.of is immutable
  private final List<String> extensions;

  ReportFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The lower-case name, as {@code --format} takes it: {@code docx}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the format is binary (a ZIP package) rather than UTF-8 text. */
  public boolean binary() {
    return this == DOCX;
  }

  /** Whether a comparison of two drafts can be written in this format (all but SVG). */
  public boolean writesComparisons() {
    return this != SVG;
  }

  /** Whether a history (a chain of more than two drafts) can be written in this format. */
  public boolean writesHistories() {
    return this != DOCX;
  }

  /** The format named by its word, in any case: {@code html}, {@code MD}. */
  public static Optional<ReportFormat> of(String word) {
    for (ReportFormat f : values()) {
      if (f.word().equalsIgnoreCase(word.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name's extension names ({@code .docx}, {@code .html}, {@code .htm}, {@code .json}, {@code .md}), if any. */
  public static Optional<ReportFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      for (String extension : f.extensions) {
        if (lower.endsWith("." + extension)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
