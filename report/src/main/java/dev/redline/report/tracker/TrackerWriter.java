package dev.redline.report.tracker;

import dev.redline.model.Demand;
import dev.redline.model.Draft;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.Tracker;
import dev.redline.report.internal.CsvWriter;
import dev.redline.report.internal.Json;
import dev.redline.report.internal.Demands;
import dev.redline.report.internal.TrackerJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tracker as a text table (for the terminal), CSV or JSON. Stateless and thread-safe; the same
 * tracker always gives the same text.
 */
public final class TrackerWriter {
  private TrackerWriter() {}

  /** A table for the terminal: one line per demand, one column per draft, then a legend. */
  public static String table(Tracker tracker) {
    List<String> revisions = tracker.history().drafts().stream().map(Draft::revision).toList();
    int idWidth = Math.max(2, tracker.demands().stream().mapToInt(d -> d.id().length()).max().orElse(2));
    int col = 16;
    StringBuilder b = new StringBuilder();
    b.append(pad("id", idWidth));
    revisions.forEach(r -> b.append("  ").append(pad(r, col)));
    b.append("  demand\n");
    for (int d = 0; d < tracker.demands().size(); d++) {
      Demand demand = tracker.demands().get(d);
      b.append(pad(demand.id(), idWidth));
      for (int r = 0; r < revisions.size(); r++) {
        b.append("  ").append(pad(tracker.finding(d, r).status().words(), col));
      }
      b.append("  ").append(demand.title()).append('\n');
    }
    return b.toString();
  }

  /** One row per demand: its fields, then per draft its status, then per draft its explanation and evidence. */
  public static String csv(Tracker tracker) {
    List<String> revisions = tracker.history().drafts().stream().map(Draft::revision).toList();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("id", "demand", "source", "targets", "check"));
    revisions.forEach(header::add);
    revisions.forEach(r -> header.add(r + " evidence"));
    rows.add(header);
    for (int d = 0; d < tracker.demands().size(); d++) {
      Demand demand = tracker.demands().get(d);
      List<String> row = new ArrayList<>(List.of(demand.id(), demand.title(), demand.source(), targets(demand), demand.check().describe()));
      for (int r = 0; r < revisions.size(); r++) {
        row.add(tracker.finding(d, r).status().name());
      }
      for (int r = 0; r < revisions.size(); r++) {
        row.add(details(tracker.finding(d, r)));
      }
      rows.add(row);
    }
    return CsvWriter.write(rows);
  }

  /** Everything: drafts, demands, and every finding with its evidence. */
  public static String json(Tracker tracker) {
    return Json.write(TrackerJson.of(tracker));
  }

  static String targets(Demand demand) {
    return demand.targets().stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /** A finding's explanation and quoted evidence, as a few lines. */
  static String details(Finding f) {
    StringBuilder b = new StringBuilder(f.explanation());
    for (Evidence e : f.evidence()) {
      b.append("\n").append(e.revision()).append(" art. ").append(e.article()).append(" (").append(e.path());
      if (e.provenance() != null && e.provenance().hasPage()) {
        b.append(", p. ").append(e.provenance().page());
      }
      b.append("): ");
      String redline = Demands.redline(e);
      b.append(e.quote().isEmpty() ? "(gone) " + redline : "\"" + e.quote() + "\"");
      if (!e.quote().isEmpty() && !redline.isEmpty()) {
        b.append("\n  changed: ").append(redline);
      }
    }
    return b.toString();
  }

  private static String pad(String s, int width) {
    return String.format(Locale.ROOT, "%-" + width + "s", s);
  }
}
