package dev.redline.report.json;

import dev.redline.model.ClauseMove;
import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.report.ReportSettings;
import dev.redline.report.internal.Json;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.Steps;
import dev.redline.report.internal.TrackerJson;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a whole {@link Comparison} as JSON, or a history as the concordance over all its drafts
 * with the comparison of each step; with a {@link Tracker}, the demands' findings too. The format
 * is described by {@code docs/comparison.schema.json}: {@code "kind": "comparison"} or {@code
 * "history"}, then the drafts, statistics, article links, and every article's heading, clause and
 * footnote changes with their segments and classified edits; moved clauses carry the id of their
 * {@link ClauseMove}, listed once under {@code moves}.
 *
 * <p>The JSON's objects are records ({@code ComparisonJson}, {@link TrackerJson}), filled from the
 * model and written by Jackson. Keys come in a fixed order and numbers are rounded to three decimals, so the same input and
 * date always give the same text. Immutable and thread-safe.
 */
public final class JsonReportWriter {
  /** The version of the format, written as {@code "redline"}; raised when a change would break a reader. */
  public static final int FORMAT_VERSION = 1;

  private final ReportSettings settings;

  /** A writer with these settings; it shows their date. */
  public JsonReportWriter(ReportSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The comparison, and the tracker if given, as JSON text ending with a line break. */
  public String write(Comparison comparison, Optional<Tracker> tracker) {
    return Json.write(new ComparisonJson.ComparisonReport(
        FORMAT_VERSION, "comparison", made(), ComparisonJson.step(comparison), tracker.map(TrackerJson::of).orElse(null)));
  }

  /**
   * The history as JSON text ending with a line break: its drafts, the concordance over all of them,
   * then the comparison of each step.
   *
   * @param steps the comparison of each step, in order: {@code steps.get(k)} compares drafts k and k+1
   * @throws IllegalArgumentException if the steps do not compare the history's drafts in order
   */
  public String write(History history, List<Comparison> steps, Optional<Tracker> tracker) {
    Steps.check(history, steps);
    return Json.write(new ComparisonJson.HistoryReport(
        FORMAT_VERSION,
        "history",
        made(),
        history.drafts().stream().map(ComparisonJson::draft).toList(),
        ReportRows.concordance(history),
        steps.stream().map(ComparisonJson::step).toList(),
        tracker.map(TrackerJson::of).orElse(null)));
  }

  /** When the report is made, in UTC to the second. */
  private String made() {
    return settings.now().withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
  }
}
