package dev.redline.report.docx;

import dev.redline.model.Clause;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseKind;
import dev.redline.model.SourceLook;
import dev.redline.report.docx.Blocks.Change;
import dev.redline.report.docx.Blocks.ListPlace;
import dev.redline.report.docx.Blocks.Run;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.ReportRows.ArticleRow;
import dev.redline.report.internal.ReportRows.Line;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which clause paragraphs of an article keep the new draft's automatic numbering in the redline,
 * so that lists are numbered by Word as in the draft, with labels that are not text.
 *
 * <p>An article keeps it only where Word's numbering then gives both drafts' labels: after
 * accepting every change the new draft's, after rejecting every change the old draft's. That holds
 * where every numbered clause of the new article stands in one list of the draft, Word showing
 * exactly its label; each kind of clause (paragraph, subparagraph, item) has one level; and
 * counting the paragraphs of either side in the redline's order, each level counting up from 1 and
 * starting again after a shallower one, gives that side's labels; and no paragraph inserted whole
 * is the last numbered one before a heading or unnumbered text (which LibreOffice would number when
 * rejecting the insertion). Elsewhere, in that article, the
 * labels stay text with their changes tracked, as for drafts that are not Word files. Stateless.
 */
final class WordLists {
  private WordLists() {}

  /**
   * The list place of each clause paragraph of the article that keeps automatic numbering, with
   * the runs it then has (its label taken out); empty where the article does not keep it.
   *
   * @param runsOf the runs of a clause's paragraph, its labels in them
   */
  static Map<Line, Numbered> of(ArticleRow article, SourceLook look, Function<Line, List<Run>> runsOf) {
    Map<Line, Numbered> plan = new IdentityHashMap<>();
    if (article.change().newArticle().isEmpty() || look.lists().isEmpty()) {
      return plan;
    }
    List<Line> lines = lines(article);
    String numId = null;
    Map<ClauseKind, Integer> levels = new EnumMap<>(ClauseKind.class);
    for (Line line : lines) {
      Optional<Clause> newClause = line.clause().orElseThrow().newClause();
      if (newClause.isEmpty()) {
        continue;
      }
      Clause clause = newClause.get();
      if (clause.kind().inTable()) {
        continue; // a table's cells are never numbered as the article's list
      }
      SourceLook.ListPlace place = look.lists().get(clause.provenance().line());
      boolean labelled = !clause.displayLabel().isEmpty();
      if (place == null && !labelled) {
        continue;
      }
      if (place == null || !labelled || !place.label().equals(clause.displayLabel()) || (numId != null && !numId.equals(place.numId()))) {
        return Map.of(); // a label typed as text, a list the label does not come from, or two lists
      }
      numId = place.numId();
      Integer level = levels.putIfAbsent(clause.kind(), place.level());
      if ((level != null && level != place.level()) || levels.values().stream().filter(l -> l == place.level()).count() > 1) {
        return Map.of();
      }
    }
    if (numId == null) {
      return plan;
    }
    for (Line line : lines) {
      Optional<Clause> old = line.clause().orElseThrow().oldClause();
      Optional<Clause> now = line.clause().orElseThrow().newClause();
      boolean oldLabelled = old.filter(x -> !x.displayLabel().isEmpty()).isPresent();
      boolean newLabelled = now.filter(x -> !x.displayLabel().isEmpty()).isPresent();
      if (!oldLabelled && !newLabelled) {
        continue;
      }
      if ((old.isPresent() && !oldLabelled) || (now.isPresent() && !newLabelled)
          || (old.isPresent() && now.isPresent() && old.get().kind() != now.get().kind())
          || !levels.containsKey((now.isPresent() ? now : old).get().kind())) {
        return Map.of(); // labelled on one side only, or a kind the draft's list does not number
      }
      String oldPrefix = old.map(x -> x.displayLabel() + " ").orElse("");
      String newPrefix = now.map(x -> x.displayLabel() + " ").orElse("");
      Optional<List<Run>> runs = withoutLabels(runsOf.apply(line), oldPrefix, newPrefix);
      if (runs.isEmpty()) {
        return Map.of();
      }
      plan.put(line, new Numbered(new ListPlace(numId, levels.get((now.isPresent() ? now : old).get().kind())), runs.get()));
    }
    if (!counts(lines, plan, true) || !counts(lines, plan, false)) {
      return Map.of();
    }
    // LibreOffice, rejecting a numbered paragraph that was inserted whole, gives the paragraph after it
    // that one's list place: so such a paragraph must be followed by another numbered one (a table is not).
    List<ReportRows.Block> blocks = article.clauses();
    for (int i = 0; i < blocks.size(); i++) {
      if (plan.containsKey(blocks.get(i)) && ((Line) blocks.get(i)).clause().orElseThrow().oldClause().isEmpty()
          && (i + 1 == blocks.size() || !plan.containsKey(blocks.get(i + 1)))) {
        return Map.of();
      }
    }
    return plan;
  }

  /** The article's clause lines, in order, without its tables (whose cells are never numbered as the article's list). */
  private static List<Line> lines(ArticleRow article) {
    return article.clauses().stream().filter(Line.class::isInstance).map(Line.class::cast).toList();
  }

  /**
   * A paragraph numbered by Word.
   *
   * @param place where it stands in the list
   * @param runs its runs without its label
   */
  record Numbered(ListPlace place, List<Run> runs) {}

  /** Whether counting one side's numbered paragraphs, in order, gives that side's labels. */
  private static boolean counts(List<Line> lines, Map<Line, Numbered> plan, boolean newSide) {
    int[] counters = new int[9];
    for (Line line : lines) {
      ClauseChange c = line.clause().orElseThrow();
      Optional<Clause> clause = newSide ? c.newClause() : c.oldClause();
      Numbered numbered = plan.get(line);
      if (clause.isEmpty() || numbered == null) {
        continue;
      }
      int level = numbered.place().level();
      counters[level]++;
      for (int deeper = level + 1; deeper < counters.length; deeper++) {
        counters[deeper] = 0;
      }
      if (value(clause.get()) != counters[level]) {
        return false;
      }
    }
    return true;
  }

  /** The number a clause's label stands for ({@code 3}, {@code c}, {@code iii}: 3), or -1. */
  static int value(Clause clause) {
    String label = clause.label();
    return switch (clause.kind()) {
      case PARAGRAPH -> label.matches("[1-9]\\d{0,3}") ? Integer.parseInt(label) : -1;
      case SUBPARAGRAPH -> letters(label);
      case ITEM -> roman(label);
      case RECITAL, TEXT, TABLE, ROW, CELL -> -1;
    };
  }

  /** Word's lower-letter numbers: a to z, then aa to zz, and so on. */
  private static int letters(String label) {
    if (!label.matches("([a-z])\\1{0,3}")) {
      return -1;
    }
    return (label.length() - 1) * 26 + (label.charAt(0) - 'a' + 1);
  }

  private static int roman(String label) {
    if (!label.matches("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})") || label.isEmpty()) {
      return -1;
    }
    int total = 0;
    int previous = 0;
    for (int i = label.length() - 1; i >= 0; i--) {
      int v = switch (label.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        case 'c' -> 100;
        case 'd' -> 500;
        default -> 1000;
      };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }

  /**
   * The runs without the labels they open with: {@code oldPrefix} taken from the old draft's side
   * (kept and removed text), {@code newPrefix} from the new draft's (kept and inserted text); empty
   * where the runs do not open with exactly those.
   */
  static Optional<List<Run>> withoutLabels(List<Run> runs, String oldPrefix, String newPrefix) {
    StringBuilder oldTaken = new StringBuilder();
    StringBuilder newTaken = new StringBuilder();
    List<Run> rest = new ArrayList<>();
    for (Run run : runs) {
      boolean pending = oldTaken.length() < oldPrefix.length() || newTaken.length() < newPrefix.length();
      if (!pending) {
        rest.add(run);
        continue;
      }
      if (!run.isText()) {
        return Optional.empty();
      }
      String text = run.text();
      int i = 0;
      while (i < text.length()) {
        boolean oldNeeds = oldTaken.length() < oldPrefix.length();
        boolean newNeeds = newTaken.length() < newPrefix.length();
        Change change = run.change();
        boolean take = change == Change.KEPT ? oldNeeds && newNeeds : change.insertsText() ? newNeeds : oldNeeds;
        if (!take) {
          break;
        }
        if (change == Change.KEPT || change.removesText()) {
          oldTaken.append(text.charAt(i));
        }
        if (change == Change.KEPT || change.insertsText()) {
          newTaken.append(text.charAt(i));
        }
        i++;
      }
      if (i < text.length()) {
        if (oldTaken.length() < oldPrefix.length() || newTaken.length() < newPrefix.length()) {
          return Optional.empty(); // text before the label is complete on both sides
        }
        rest.add(run.withText(text.substring(i)));
      }
    }
    if (!oldTaken.toString().equals(oldPrefix) || !newTaken.toString().equals(newPrefix)) {
      return Optional.empty();
    }
    return Optional.of(rest);
  }
}
