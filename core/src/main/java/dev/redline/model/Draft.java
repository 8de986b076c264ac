package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    Optional<SourceLook> look) {

  public Draft {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(date, "date");
    preamble = List.copyOf(preamble);
    divisions = List.copyOf(divisions);
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(look, "look");
  }

  /** A draft without a Word look. */
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
    this(source, title, revision, symbol, date, preamble, divisions, articles, warnings, Optional.empty());
  }

  /** The same draft named by another source, with other warnings (as read from a copy of its file). */
  public Draft withSource(String source, List<String> warnings) {
    return new Draft(source, title, revision, symbol, date, preamble, divisions, articles, warnings, look);
  }

  /** The same draft with this look. */
  public Draft withLook(SourceLook look) {
    return new Draft(source, title, revision, symbol, date, preamble, divisions, articles, warnings, Optional.of(look));
  }

  /** The article with exactly this number, if any. */
  public Optional<Article> article(String number) {
    return articles.stream().filter(a -> a.number().equals(number)).findFirst();
  }
}
