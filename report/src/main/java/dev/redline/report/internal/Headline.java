package dev.redline.report.internal;

import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.LinkKind;
import dev.redline.model.Statistics;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines every report opens with: what was compared, when, and the counts in a sentence. Stateless. */
public final class Headline {
  private Headline() {}

  /** {@code Redline of Rev.3 against Rev.2}. */
  public static String title(Comparison comparison) {
    return "Redline of " + comparison.newDraft().revision() + " against " + comparison.oldDraft().revision();
  }

  /** {@code 14 June 2024 at 09:30 (UTC)}. */
  public static String when(ZonedDateTime when) {
    return when.format(DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH))
        + " (" + (when.getZone().getId().equals("Z") ? "UTC" : when.getZone().getId()) + ")";
  }

  /** The file name of a draft's source, without its folder. */
  public static String fileName(Draft draft) {
    String source = draft.source();
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  /**
   * The counts in a sentence: {@code 54 → 55 articles: 2 unchanged, 51 renumbered, ...; 52 clauses
   * changed, 180 words deleted, 401 inserted, 20 moved.}
   */
  public static String counts(Statistics s) {
    List<String> kinds = new ArrayList<>();
    for (LinkKind kind : LinkKind.values()) {
      if (s.count(kind) > 0) {
        kinds.add(s.count(kind) + " " + kind.word());
      }
    }
    return s.oldArticles() + " \u2192 " + s.newArticles() + " articles: " + String.join(", ", kinds) + "; "
        + s.clausesChanged() + " clauses changed, " + s.wordsDeleted() + " words deleted, " + s.wordsInserted() + " inserted"
        + (s.wordsMoved() > 0 ? ", " + s.wordsMoved() + " moved" : "") + ".";
  }

  /** One named count of a summary table. */
  public record Row(String name, int count) {}

  /** The changed clauses by what happened to them, every part listed: their sum is {@link Statistics#clausesChanged()}. */
  public static List<Row> clauses(Statistics s) {
    return List.of(
        new Row("modified", s.clausesModified()),
        new Row("inserted", s.clausesInserted()),
        new Row("deleted", s.clausesDeleted()),
        new Row("moved", s.clausesMoved()));
  }

  /**
   * The articles of each draft the comparisons chain, as their statistics count them: the first
   * step's old draft, then each step's new draft.
   */
  public static List<String> articleCounts(List<Comparison> steps) {
    List<String> counts = new ArrayList<>();
    counts.add(String.valueOf(steps.get(0).statistics().oldArticles()));
    steps.forEach(step -> counts.add(String.valueOf(step.statistics().newArticles())));
    return counts;
  }
}
