package dev.redline.cli;

import dev.redline.model.Comparison;
import dev.redline.model.LinkKind;
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
}
