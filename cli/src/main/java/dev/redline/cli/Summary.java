package dev.redline.cli;

import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.Comparison;
import dev.redline.model.DemandStatus;
import dev.redline.model.LinkKind;
import dev.redline.model.Statistics;
import dev.redline.model.Tracker;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summary printed when a comparison or a history is written: one screen at most, articles by
 * what happened to them, clauses, edits and words changed, and the demands' statuses. Coloured with ANSI
 * codes when asked: insertions and adopted demands green, deletions and reversals red,
 * modifications and partial adoption yellow, renumbering and moves cyan.
 */
final class Summary {
  private static final String GREEN = "32";
  private static final String RED = "31";
  private static final String YELLOW = "33";
  private static final String CYAN = "36";
  private static final String MAGENTA = "35";
  private static final String BOLD = "1";

  private final boolean colour;

  Summary(boolean colour) {
    this.colour = colour;
  }

  /** The summary of one comparison: a heading line, then articles, clauses, edits, words and demands; every count from its {@link Statistics}. */
  List<String> of(Comparison comparison, Optional<Tracker> tracker) {
    Statistics s = comparison.statistics();
    List<String> lines = new ArrayList<>();
    lines.add(paint(BOLD, comparison.oldDraft().revision() + " -> " + comparison.newDraft().revision())
        + ": " + s.oldArticles() + " -> " + s.newArticles() + " articles");
    lines.add("  Articles  " + articles(s));
    lines.add("  Clauses   " + s.clausesChanged() + " changed" + clauses(s));
    List<String> kinds = new ArrayList<>();
    for (ChangeKind kind : ChangeKind.values()) {
      ChangeCount count = s.changes(kind);
      if (count.edits() > 0) {
        kinds.add(count.edits() + " " + kind.word());
      }
    }
    lines.add("  Edits     " + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
    lines.add("  Words     " + paint(RED, s.wordsDeleted() + " deleted") + ", " + paint(GREEN, s.wordsInserted() + " inserted")
        + (s.wordsMoved() > 0 ? ", " + paint(CYAN, s.wordsMoved() + " moved") : ""));
    tracker.ifPresent(t -> lines.add("  " + demands(t)));
    return lines;
  }

  /** One line per step of a history, then the demands' statuses in the last draft. */
  List<String> ofSteps(List<Comparison> steps, Optional<Tracker> tracker) {
    List<String> lines = new ArrayList<>();
    for (Comparison step : steps) {
      Statistics s = step.statistics();
      lines.add(paint(BOLD, step.oldDraft().revision() + " -> " + step.newDraft().revision())
          + ": " + s.oldArticles() + " -> " + s.newArticles() + " articles (" + articles(s) + "); "
          + s.clausesChanged() + " clauses changed, " + paint(RED, s.wordsDeleted() + " words deleted") + ", " + paint(GREEN, s.wordsInserted() + " inserted")
          + (s.wordsMoved() > 0 ? ", " + paint(CYAN, s.wordsMoved() + " moved") : ""));
    }
    tracker.ifPresent(t -> lines.add(demands(t)));
    return lines;
  }

  /** The changed clauses by what happened to them, the kinds that occur only: {@code : 40 modified, 8 moved}. */
  private String clauses(Statistics s) {
    List<String> parts = new ArrayList<>();
    if (s.clausesModified() > 0) {
      parts.add(paint(YELLOW, s.clausesModified() + " modified"));
    }
    if (s.clausesInserted() > 0) {
      parts.add(paint(GREEN, s.clausesInserted() + " inserted"));
    }
    if (s.clausesDeleted() > 0) {
      parts.add(paint(RED, s.clausesDeleted() + " deleted"));
    }
    if (s.clausesMoved() > 0) {
      parts.add(paint(CYAN, s.clausesMoved() + " moved"));
    }
    return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
  }

  /** The articles counted by what happened to them, the kinds that occur only. */
  private String articles(Statistics s) {
    List<String> kinds = new ArrayList<>();
    for (LinkKind kind : LinkKind.values()) {
      if (s.count(kind) > 0) {
        kinds.add(paint(colourOf(kind), s.count(kind) + " " + kind.word()));
      }
    }
    return String.join(", ", kinds);
  }

  /** The demands' statuses in the last draft, counted: {@code Demands in Rev.3: 1 adopted, 4 partly adopted, ...}. */
  String demands(Tracker tracker) {
    int last = tracker.history().drafts().size() - 1;
    Map<DemandStatus, Integer> counts = new EnumMap<>(DemandStatus.class);
    for (int d = 0; d < tracker.demands().size(); d++) {
      counts.merge(tracker.finding(d, last).status(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((status, n) -> parts.add(paint(colourOf(status), n + " " + status.words())));
    return "Demands in " + tracker.history().drafts().get(last).revision() + ": " + String.join(", ", parts);
  }

  private static String colourOf(LinkKind kind) {
    return switch (kind) {
      case UNCHANGED -> null;
      case INSERTED -> GREEN;
      case DELETED -> RED;
      case MODIFIED, RETITLED, REFORMATTED -> YELLOW;
      case RENUMBERED, REFERENCES_UPDATED, MOVED, SPLIT, MERGED -> CYAN;
    };
  }

  private static String colourOf(DemandStatus status) {
    return switch (status) {
      case ADOPTED -> GREEN;
      case PARTLY_ADOPTED -> YELLOW;
      case NOT_ADOPTED -> null;
      case REVERSED -> BOLD + ";" + RED;
      case TARGET_NOT_FOUND, NEEDS_REVIEW -> MAGENTA;
    };
  }

  private String paint(String code, String text) {
    return colour && code != null ? "\033[" + code + "m" + text + "\033[0m" : text;
  }
}
