package dev.redline.diff;

import dev.redline.internal.Sequences;
import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ChangeStatus;
import dev.redline.model.Clause;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Division;
import dev.redline.model.DivisionChange;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import dev.redline.model.LinkKind;
import dev.redline.model.Part;
import dev.redline.model.Statistics;
import dev.redline.model.TextChange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares aligned drafts clause by clause and word by word, and lays the result out in reading
 * order as a {@link Comparison}. Stateless and thread-safe.
 */
public final class ClauseDiffer {

  /** The comparison of the two drafts of an alignment. */
  public Comparison compare(Alignment alignment) {
    Draft oldDraft = alignment.oldDraft();
    Draft newDraft = alignment.newDraft();
    List<Object> oldUnits = DraftText.units(oldDraft);
    List<Object> newUnits = DraftText.units(newDraft);
    Map<Object, Object> pairs = pairs(alignment, oldUnits, newUnits);
    Map<Article, ArticleLink> linkOf = new IdentityHashMap<>();
    for (ArticleLink link : alignment.links()) {
      link.oldArticles().forEach(a -> linkOf.put(a, link));
      link.newArticles().forEach(a -> linkOf.put(a, link));
    }

    List<Part> parts = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int[] pair : inOrder(oldUnits, newUnits, pairs)) {
      while (i < pair[0]) {
        parts.add(part(oldUnits.get(i++), null, linkOf));
      }
      while (j < pair[1]) {
        parts.add(part(null, newUnits.get(j++), linkOf));
      }
      parts.add(part(oldUnits.get(i++), newUnits.get(j++), linkOf));
    }
    while (i < oldUnits.size()) {
      parts.add(part(oldUnits.get(i++), null, linkOf));
    }
    while (j < newUnits.size()) {
      parts.add(part(null, newUnits.get(j++), linkOf));
    }

    TextChange title = WordDiffer.diff(oldDraft.title(), newDraft.title());
    List<ClauseChange> preamble = diffClauses(oldDraft.preamble(), newDraft.preamble());
    return new Comparison(
        oldDraft, newDraft, alignment, title, preamble, parts, statistics(alignment, preamble, parts));
  }

  /** The clause changes between two versions of an article, in reading order. */
  public List<ClauseChange> diff(Article oldArticle, Article newArticle) {
    return diffClauses(flatten(oldArticle), flatten(newArticle));
  }

  private static List<Clause> flatten(Article article) {
    return article.allClauses().toList();
  }

  private static List<ClauseChange> diffClauses(List<Clause> olds, List<Clause> news) {
    List<ClauseChange> changes = new ArrayList<>();
    for (LineAligner.Step step : LineAligner.align(keys(olds, Clause::text), keys(news, Clause::text))) {
      Optional<Clause> o = step.oldIndex() < 0 ? Optional.empty() : Optional.of(olds.get(step.oldIndex()));
      Optional<Clause> n = step.newIndex() < 0 ? Optional.empty() : Optional.of(news.get(step.newIndex()));
      changes.add(
          new ClauseChange(o, n, WordDiffer.diff(o.map(Clause::line).orElse(""), n.map(Clause::line).orElse(""))));
    }
    return changes;
  }

  private static List<TextChange> diffFootnotes(List<Footnote> olds, List<Footnote> news) {
    List<TextChange> changes = new ArrayList<>();
    for (LineAligner.Step step : LineAligner.align(keys(olds, Footnote::text), keys(news, Footnote::text))) {
      String o = step.oldIndex() < 0 ? "" : DraftText.footnoteLine(olds.get(step.oldIndex()));
      String n = step.newIndex() < 0 ? "" : DraftText.footnoteLine(news.get(step.newIndex()));
      changes.add(WordDiffer.diff(o, n));
    }
    return changes;
  }

  private static <T> List<String> keys(List<T> items, Function<T, String> key) {
    return items.stream().map(key).toList();
  }

  /** Units that correspond: aligned articles (the first of each split or merge) and like headings. */
  private static Map<Object, Object> pairs(Alignment alignment, List<Object> oldUnits, List<Object> newUnits) {
    Map<Object, Object> pairs = new IdentityHashMap<>();
    for (ArticleLink link : alignment.links()) {
      if (!link.oldArticles().isEmpty() && !link.newArticles().isEmpty()) {
        pairs.put(link.oldArticles().get(0), link.newArticles().get(0));
      }
    }
    Map<String, Division> byTitle = new HashMap<>();
    Map<String, Division> byNumber = new HashMap<>();
    for (Object u : newUnits) {
      if (u instanceof Division d) {
        byTitle.putIfAbsent(d.kind() + "|" + normal(d.title()), d);
        byNumber.putIfAbsent(d.kind() + "|" + d.number(), d);
      }
    }
    IdentityHashMap<Division, Boolean> taken = new IdentityHashMap<>();
    for (Object u : oldUnits) {
      if (u instanceof Division d) {
        Division match = byTitle.get(d.kind() + "|" + normal(d.title()));
        if (match == null || taken.containsKey(match)) {
          match = byNumber.get(d.kind() + "|" + d.number());
        }
        if (match != null && !taken.containsKey(match)) {
          taken.put(match, true);
          pairs.put(d, match);
        }
      }
    }
    return pairs;
  }

  private static String normal(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** The pairs that keep their order on both sides (a longest such run), as index pairs. */
  private static List<int[]> inOrder(List<Object> oldUnits, List<Object> newUnits, Map<Object, Object> pairs) {
    Map<Object, Integer> newIndex = new IdentityHashMap<>();
    for (int j = 0; j < newUnits.size(); j++) {
      newIndex.put(newUnits.get(j), j);
    }
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < oldUnits.size(); i++) {
      Object partner = pairs.get(oldUnits.get(i));
      if (partner != null) {
        candidates.add(new int[] {i, newIndex.get(partner)});
      }
    }
    int[] values = candidates.stream().mapToInt(c -> c[1]).toArray();
    return Sequences.longestIncreasingRun(values).stream().map(candidates::get).toList();
  }

  private Part part(Object oldUnit, Object newUnit, Map<Article, ArticleLink> linkOf) {
    Object unit = oldUnit != null ? oldUnit : newUnit;
    if (unit instanceof Division) {
      Optional<Division> o = Optional.ofNullable((Division) oldUnit);
      Optional<Division> n = Optional.ofNullable((Division) newUnit);
      return new DivisionChange(
          o, n, WordDiffer.diff(o.map(Division::heading).orElse(""), n.map(Division::heading).orElse("")));
    }
    Optional<Article> o = Optional.ofNullable((Article) oldUnit);
    Optional<Article> n = Optional.ofNullable((Article) newUnit);
    ArticleLink link = linkOf.get((Article) unit);
    TextChange heading = WordDiffer.diff(o.map(Article::heading).orElse(""), n.map(Article::heading).orElse(""));
    List<Clause> oldClauses = o.map(ClauseDiffer::flatten).orElse(List.of());
    List<Clause> newClauses = n.map(ClauseDiffer::flatten).orElse(List.of());
    List<Footnote> oldNotes = o.map(Article::footnotes).orElse(List.of());
    List<Footnote> newNotes = n.map(Article::footnotes).orElse(List.of());
    return new ArticleChange(
        link, o, n, heading, diffClauses(oldClauses, newClauses), diffFootnotes(oldNotes, newNotes));
  }

  private static Statistics statistics(Alignment alignment, List<ClauseChange> preamble, List<Part> parts) {
    Map<LinkKind, Integer> counts = new EnumMap<>(LinkKind.class);
    for (ArticleLink link : alignment.links()) {
      link.kinds().forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    List<TextChange> lines = new ArrayList<>();
    preamble.forEach(c -> lines.add(c.text()));
    for (Part part : parts) {
      if (part instanceof ArticleChange a) {
        lines.add(a.heading());
        a.clauses().forEach(c -> lines.add(c.text()));
        lines.addAll(a.footnotes());
      } else if (part instanceof DivisionChange d) {
        lines.add(d.heading());
      }
    }
    int clausesChanged = 0;
    int deleted = 0;
    int inserted = 0;
    for (Part part : parts) {
      if (part instanceof ArticleChange a) {
        clausesChanged += (int) a.clauses().stream().filter(c -> c.text().status() != ChangeStatus.UNCHANGED).count();
      }
    }
    for (TextChange t : lines) {
      deleted += t.wordsDeleted();
      inserted += t.wordsInserted();
    }
    return new Statistics(
        alignment.oldDraft().articles().size(),
        alignment.newDraft().articles().size(),
        counts,
        clausesChanged,
        deleted,
        inserted);
  }
}
