package dev.redline.report.concordance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.redline.model.History;
import dev.redline.report.internal.CsvWriter;
import dev.redline.report.internal.Json;
import dev.redline.report.internal.ReportRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the concordance of a history as Markdown, CSV or JSON: one row per provision with its
 * number in each draft, its latest title, and what happened to it at each step. Stateless and
 * thread-safe; the same history always gives the same text.
 */
public final class ConcordanceWriter {
  /** The formats the concordance is written in. */
  public enum Format {
    /** A Markdown table. */
    MD,
    /** Comma-separated values, one row per provision, for a spreadsheet. */
    CSV,
    /** JSON: the drafts and one object per provision. */
    JSON;

    /** The format named by a file's extension ({@code .md}, {@code .csv}, {@code .json}), if any. */
    public static java.util.Optional<Format> ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (lower.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
          return java.util.Optional.of(f);
        }
      }
      return java.util.Optional.empty();
    }
  }

  private ConcordanceWriter() {}

  /** The concordance in the format, ending with a line break. */
  public static String write(History history, Format format) {
    List<ReportRows.ProvisionRow> rows = rows(history);
    return switch (format) {
      case MD -> markdown(history, rows);
      case CSV -> csv(history, rows);
      case JSON -> json(history, rows);
    };
  }

  private static List<ReportRows.ProvisionRow> rows(History history) {
    return ReportRows.concordance(history);
  }

  private static List<String> header(History history) {
    List<String> header = new ArrayList<>();
    history.drafts().forEach(d -> header.add(d.revision()));
    header.add("Title");
    for (int k = 1; k < history.drafts().size(); k++) {
      header.add(history.drafts().get(k - 1).revision() + " to " + history.drafts().get(k).revision());
    }
    return header;
  }

  private static List<String> cells(ReportRows.ProvisionRow row) {
    List<String> cells = new ArrayList<>();
    row.numbers().forEach(n -> cells.add(String.join(", ", n)));
    cells.add(row.title());
    cells.addAll(row.changes());
    return cells;
  }

  private static String markdown(History history, List<ReportRows.ProvisionRow> rows) {
    StringBuilder b = new StringBuilder();
    List<String> header = header(history);
    b.append(mdLine(header));
    b.append(mdLine(header.stream().map(h -> "---").toList()));
    for (ReportRows.ProvisionRow row : rows) {
      b.append(mdLine(cells(row).stream().map(c -> c.isEmpty() ? "\u2014" : c).toList()));
    }
    return b.toString();
  }

  private static String mdLine(List<String> cells) {
    return "| " + cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")) + " |\n";
  }

  private static String csv(History history, List<ReportRows.ProvisionRow> rows) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(header(history));
    rows.forEach(r -> lines.add(cells(r)));
    return CsvWriter.write(lines);
  }

  private static String json(History history, List<ReportRows.ProvisionRow> rows) {
    List<DraftJson> drafts = history.drafts().stream()
        .map(d -> new DraftJson(d.revision(), d.symbol(), d.date(), d.source(), d.articles().size()))
        .toList();
    return Json.write(new ConcordanceJson(drafts, rows));
  }

  /** The concordance's JSON: its drafts, then one object per provision. */
  @JsonPropertyOrder({"drafts", "rows"})
  record ConcordanceJson(List<DraftJson> drafts, List<ReportRows.ProvisionRow> rows) {}

  @JsonPropertyOrder({"revision", "symbol", "date", "source", "articles"})
  record DraftJson(String revision, String symbol, String date, String source, int articles) {}
}
