package dev.redline.align;

import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleLink;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.Lineage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link History}: aligns and compares each consecutive pair of drafts (or takes the
 * comparisons already made) and follows every provision through the comparisons' alignments.
 */
public final class Histories {
  private Histories() {}

  /**
   * The history of these drafts, oldest first: each step aligned by the aligner and compared by a
   * {@link ClauseDiffer}.
   *
   * @throws IllegalArgumentException with fewer than two drafts
   */
  public static History of(List<Draft> drafts, Aligner aligner) {
    if (drafts.size() < 2) {
      throw new IllegalArgumentException("a history needs two or more drafts");
    }
    ClauseDiffer differ = new ClauseDiffer();
    List<Comparison> steps = new ArrayList<>();
    for (int k = 0; k + 1 < drafts.size(); k++) {
      steps.add(differ.compare(aligner.align(drafts.get(k), drafts.get(k + 1))));
    }
    return of(steps);
  }

  /**
   * The history of the drafts these comparisons chain: comparison k compares drafts k and k+1.
   *
   * @throws IllegalArgumentException if there is no comparison, or one does not start from the draft the one before it ends with
   */
  public static History of(List<Comparison> steps) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a history needs two or more drafts");
    }
    List<Draft> drafts = new ArrayList<>();
    drafts.add(steps.get(0).oldDraft());
    steps.forEach(s -> drafts.add(s.newDraft()));
    List<Alignment> alignments = steps.stream().map(Comparison::alignment).toList();
    return new History(drafts, steps, lineages(drafts, alignments));
  }

  /**
   * Lineages built from the last draft backwards. Every article of every draft belongs to at least
   * one lineage: those of the last draft start one each; an article with no successor (deleted)
   * starts one in the draft where it last appears, placed after the lineage of the article that
   * preceded it there.
   */
  private static List<Lineage> lineages(List<Draft> drafts, List<Alignment> steps) {
    int last = drafts.size() - 1;
    List<Map<String, ArticleLink>> linkOfNew = new ArrayList<>();
    List<Map<String, ArticleLink>> linkOfOld = new ArrayList<>();
    for (Alignment step : steps) {
      Map<String, ArticleLink> byNew = new HashMap<>();
      Map<String, ArticleLink> byOld = new HashMap<>();
      for (ArticleLink link : step.links()) {
        link.newArticles().forEach(a -> byNew.put(a.id(), link));
        link.oldArticles().forEach(a -> byOld.put(a.id(), link));
      }
      linkOfNew.add(byNew);
      linkOfOld.add(byOld);
    }
    List<Row> rows = new ArrayList<>();
    List<Map<String, Row>> rowOf = new ArrayList<>(); // per draft, by article id
    drafts.forEach(d -> rowOf.add(new HashMap<>()));
    for (Article a : drafts.get(last).articles()) {
      rows.add(trace(List.of(a), last, drafts.size(), linkOfNew, rowOf));
    }
    for (int d = last - 1; d >= 0; d--) {
      Row previous = null;
      for (Article a : drafts.get(d).articles()) {
        ArticleLink next = linkOfOld.get(d).get(a.id());
        if (next != null && next.newArticles().isEmpty()) {
          Row row = trace(List.of(a), d, drafts.size(), linkOfNew, rowOf);
          rows.add(previous == null ? 0 : rows.indexOf(previous) + 1, row);
          previous = row;
        } else if (rowOf.get(d).containsKey(a.id())) {
          previous = rowOf.get(d).get(a.id());
        }
      }
    }
    return rows.stream().map(r -> new Lineage(r.cells)).toList();
  }

  /** A row whose articles in draft {@code from} are given, followed back to the first draft. */
  private static Row trace(
      List<Article> start, int from, int drafts, List<Map<String, ArticleLink>> linkOfNew, List<Map<String, Row>> rowOf) {
    Row row = new Row(drafts);
    List<Article> current = start;
    for (int d = from; d >= 0 && !current.isEmpty(); d--) {
      row.cells.set(d, current);
      for (Article a : current) {
        rowOf.get(d).putIfAbsent(a.id(), row);
      }
      if (d == 0) {
        break;
      }
      Map<String, Article> before = new LinkedHashMap<>(); // by id
      for (Article a : current) {
        ArticleLink link = linkOfNew.get(d - 1).get(a.id());
        if (link != null) {
          link.oldArticles().forEach(o -> before.putIfAbsent(o.id(), o));
        }
      }
      current = new ArrayList<>(before.values());
    }
    return row;
  }

  private static final class Row {
    final List<List<Article>> cells;

    Row(int drafts) {
      cells = new ArrayList<>();
      for (int d = 0; d < drafts; d++) {
        cells.add(List.of());
      }
    }
  }
}
