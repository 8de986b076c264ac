package dev.redline.report.internal;

import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleLink;
import dev.redline.model.History;
import dev.redline.model.LinkKind;
import dev.redline.model.Lineage;
import java.util.ArrayList;
import java.util.List;

/** The rows of a history's concordance, as every report shows them. Stateless. */
public final class ConcordanceRows {
  /**
   * One provision followed through the drafts.
   *
   * @param numbers for each draft, the provision's article numbers there; empty where it does not exist
   * @param title its title in the latest draft where it exists
   * @param changes for each step, what happened to it, in words ({@code renumbered modified},
   *     {@code split}); empty where nothing did
   */
  public record Row(List<List<String>> numbers, String title, List<String> changes) {
    public Row {
      numbers = numbers.stream().map(List::copyOf).toList();
      changes = List.copyOf(changes);
    }

    /** Whether anything happened to the provision at any step. */
    public boolean changed() {
      return changes.stream().anyMatch(c -> !c.isEmpty());
    }
  }

  private ConcordanceRows() {}

  /** The rows, in the order of the history's lineages. */
  public static List<Row> of(History history) {
    List<Row> rows = new ArrayList<>();
    for (Lineage lineage : history.lineages()) {
      List<List<String>> numbers = new ArrayList<>();
      for (List<Article> cell : lineage.articles()) {
        numbers.add(cell.stream().map(Article::number).toList());
      }
      List<String> changes = new ArrayList<>();
      for (int k = 0; k < history.steps().size(); k++) {
        changes.add(change(history.alignment(k), lineage.articles().get(k), lineage.articles().get(k + 1)));
      }
      rows.add(new Row(numbers, lineage.latest().map(Article::title).orElse(""), changes));
    }
    return rows;
  }

  private static String change(Alignment step, List<Article> before, List<Article> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return "";
    }
    Article probe = after.isEmpty() ? before.get(0) : after.get(0);
    ArticleLink link = (after.isEmpty() ? step.linkOfOld(probe) : step.linkOfNew(probe)).orElseThrow();
    return link.is(LinkKind.UNCHANGED) ? "" : link.kindWords();
  }
}
