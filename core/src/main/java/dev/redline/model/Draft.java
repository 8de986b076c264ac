package dev.redline.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One revision of a structured text: a treaty draft, a bill, a regulation.
 *
 * @param source the file it was read from, as given to the reader
 * @param title the document's title, empty where none was recognised
 * @param revision a short label for the revision: {@code Rev.3}, or the file name where the
 *     document carries none
 * @param symbol the document symbol, such as {@code A/AC.291/22/Rev.3}; empty where none
 * @param date the date printed on the document, as printed; empty where none
 * @param preamble the recitals, in order; empty where the draft has no preamble
 * @param divisions every part, chapter and section heading, in document order
 * @param articles every article, in document order
 * @param warnings what the reader noticed but could work around, one line each
 * @param look how the draft looks where it is a Word file (page, styles, numbering, header and
 *     footer), for a redline that prints like it; empty for every other format
 * @param titleContent the title as structure, whose plain view is {@code title}: a footnote cited
 *     in the title is a reference there, as in a clause
 *
 * <p>Every article, clause and footnote has an id unique within the draft (see {@link
 * Article#id()}, {@link Clause#id()}, {@link Footnote#id()}): where two articles or clauses come
 * with the same id, as when a messy draft repeats a number, the later gets {@code ~2}, {@code ~3}.
 * Two different footnotes with one id are refused.
 */
public record Draft(
    String source,
    String title,
    String revision,
    String symbol,
    String date,
    List<Clause> preamble,
    List<Division> divisions,
    List<Article> articles,
    List<String> warnings,
    Optional<SourceLook> look,
    InlineText titleContent) {

  public Draft {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(date, "date");
    divisions = List.copyOf(divisions);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(look, "look");
    if (!titleContent.plain().equals(title)) {
      throw new IllegalArgumentException("the title's structure does not read as the title: " + title);
    }
    Ids ids = new Ids();
    preamble = ids.clauses(List.copyOf(preamble));
    articles = ids.articles(List.copyOf(articles));
  }

  /** A draft without a Word look, whose title cites no footnote. */
  public Draft(
      String source,
      String title,
      String revision,
      String symbol,
      String date,
      List<Clause> preamble,
      List<Division> divisions,
      List<Article> articles,
      List<String> warnings) {
    this(source, title, revision, symbol, date, preamble, divisions, articles, warnings, Optional.empty(), InlineText.of(title));
  }

  /** The same draft named by another source, with other warnings (as read from a copy of its file). */
  public Draft withSource(String source, List<String> warnings) {
    return new Draft(source, title, revision, symbol, date, preamble, divisions, articles, warnings, look, titleContent);
  }

  /** The same draft with this look. */
  public Draft withLook(SourceLook look) {
    return new Draft(source, title, revision, symbol, date, preamble, divisions, articles, warnings, Optional.of(look), titleContent);
  }

  /** Gives repeated ids their {@code ~n}, in document order, and checks that each footnote id names one footnote. */
  private static final class Ids {
    private final Set<String> articleIds = new HashSet<>();
    private final Set<String> clauseIds = new HashSet<>();
    private final Map<String, Integer> repeats = new HashMap<>();
    private final Map<String, Footnote> footnotes = new HashMap<>();

    List<Article> articles(List<Article> articles) {
      List<Article> out = new ArrayList<>(articles.size());
      for (Article a : articles) {
        Article b = articleIds.add(a.id()) ? a : a.withId(next(a.id(), articleIds));
        List<Clause> clauses = clauses(b.clauses());
        out.add(clauses == b.clauses() ? b : b.withClauses(clauses));
      }
      return List.copyOf(out);
    }

    /** The clauses with unique ids: the same list where they already are. */
    List<Clause> clauses(List<Clause> clauses) {
      List<Clause> out = null;
      for (int i = 0; i < clauses.size(); i++) {
        Clause c = clauses.get(i);
        Clause d = clauseIds.add(c.id()) ? c : c.withId(next(c.id(), clauseIds));
        c.footnotes().forEach(this::footnote);
        List<Clause> children = clauses(d.children());
        if (children != d.children()) {
          d = new Clause(d.kind(), d.label(), d.path(), d.content(), children, d.footnotes(), d.provenance(), d.id());
        }
        if (d != c && out == null) {
          out = new ArrayList<>(clauses.subList(0, i));
        }
        if (out != null) {
          out.add(d);
        }
      }
      return out == null ? clauses : List.copyOf(out);
    }

    private String next(String id, Set<String> taken) {
      int n = repeats.getOrDefault(id, 1);
      String candidate;
      do {
        n++;
        candidate = id + "~" + n;
      } while (!taken.add(candidate));
      repeats.put(id, n);
      return candidate;
    }

    private void footnote(Footnote f) {
      Footnote known = footnotes.putIfAbsent(f.id(), f);
      if (known != null && !known.equals(f)) {
        throw new IllegalArgumentException("two different footnotes have the id " + f.id());
      }
    }
  }

  /** The article with exactly this number, if any. */
  public Optional<Article> article(String number) {
    return articles.stream().filter(a -> a.number().equals(number)).findFirst();
  }
}
