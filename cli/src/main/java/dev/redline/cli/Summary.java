package dev.redline.cli;

import dev.redline.model.Comparison;
import dev.redline.model.DemandStatus;
import dev.redline.model.LinkKind;
import dev.redline.model.Tracker;
import dev.redline.model.Statistics;
import java.util.ArrayList;
import java.util.List;

/** The few lines printed after a comparison. */
final class Summary {
  private Summary() {}

  static String of(Comparison comparison) {
    Statistics s = comparison.statistics();
    List<String> kinds = new ArrayList<>();
    for (LinkKind kind : LinkKind.values()) {
      if (s.count(kind) > 0) {
        kinds.add(kind.word() + " " + s.count(kind));
      }
    }
    return comparison.oldDraft().revision()
        + " -> "
        + comparison.newDraft().revision()
        + ": "
        + s.oldArticles()
        + " -> "
        + s.newArticles()
        + " articles ("
        + String.join(", ", kinds)
        + "); "
        + s.clausesChanged()
        + " clauses changed, "
        + s.wordsDeleted()
        + " words deleted, "
        + s.wordsInserted()
        + " inserted"
        + (comparison.alignment().paragraphMoves().isEmpty()
            ? ""
            : "; " + comparison.alignment().paragraphMoves().size() + " clauses moved between articles");
  }

  /** The demands' statuses in the last draft, counted: {@code Demands in Rev.3: 1 adopted, 4 partly adopted, ...}. */
  static String of(Tracker tracker) {
    int last = tracker.history().drafts().size() - 1;
    java.util.Map<DemandStatus, Integer> counts = new java.util.EnumMap<>(DemandStatus.class);
    for (int d = 0; d < tracker.demands().size(); d++) {
      counts.merge(tracker.finding(d, last).status(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((status, n) -> parts.add(n + " " + status.words()));
    return "Demands in " + tracker.history().drafts().get(last).revision() + ": " + String.join(", ", parts);
  }
}
