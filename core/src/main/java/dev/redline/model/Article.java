package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An article (or section, rule, paragraph sign) of a draft with its clauses.
 *
 * @param label the designation exactly as printed: {@code Article 18}, {@code Article 5 bis},
 *     {@code § 5a}, {@code 第五条}, {@code المادة (٥)}
 * @param number the number as printed, with digits of any script as ASCII digits and Chinese
 *     numerals as their value, so that drafts in different scripts align: {@code 18}, {@code 5 bis},
 *     {@code 1er}, {@code 5a}, {@code 5} for {@code 第五条} and for {@code المادة (٥)}
 * @param title the title, empty where the article has none
 * @param divisions the divisions the article stands in, outermost first; empty where none
 * @param clauses the article's top-level clauses in order
 * @param provenance where the heading was read
 * @param marker the stage marker printed beside the number ({@code (nouveau)}, {@code (Non
 *     modifié)}), empty where none
 * @param id names the article within its draft, never empty: {@code art} and the number without
 *     spaces ({@code art18}, {@code art5bis}), with {@code ~2}, {@code ~3} for a number the draft
 *     repeats ({@code art18~2}); the same file read again gives the same ids. {@link Draft} makes
 *     them unique. Maps of articles are keyed by it, never by the record, whose equality is deep
 * @param titleContent the title as structure, whose plain view is {@code title}: a footnote cited
 *     in the title is a reference there, as in a clause
 */
public record Article(
    String label,
    String number,
    String title,
    List<Division> divisions,
    List<Clause> clauses,
    Provenance provenance,
    Optional<StageMarker> marker,
    String id,
    InlineText titleContent) {

  public Article {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    divisions = List.copyOf(divisions);
    clauses = List.copyOf(clauses);
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(marker, "marker");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("an article needs an id");
    }
    if (!titleContent.plain().equals(title)) {
      throw new IllegalArgumentException("the title's structure does not read as the title: " + title);
    }
  }

  /** An article whose title cites no footnote. */
  public Article(
      String label, String number, String title, List<Division> divisions, List<Clause> clauses, Provenance provenance,
      Optional<StageMarker> marker, String id) {
    this(label, number, title, divisions, clauses, provenance, marker, id, InlineText.of(title));
  }

  /** An article with the id its number gives ({@link #idOf(String)}). */
  public Article(
      String label, String number, String title, List<Division> divisions, List<Clause> clauses, Provenance provenance,
      Optional<StageMarker> marker) {
    this(label, number, title, divisions, clauses, provenance, marker, idOf(number));
  }

  /** An article without a stage marker, with the id its number gives. */
  public Article(String label, String number, String title, List<Division> divisions, List<Clause> clauses, Provenance provenance) {
    this(label, number, title, divisions, clauses, provenance, Optional.empty());
  }

  /** The id an article with this number has where the number is not repeated: {@code art5bis}. */
  public static String idOf(String number) {
    return "art" + ClausePath.articlePart(number);
  }

  /** The same article under another id, its clauses' ids following it ({@code art18~2.1}). */
  public Article withId(String newId) {
    List<Clause> renamed = clauses.stream().map(c -> c.underArticle(newId)).toList();
    return new Article(label, number, title, divisions, renamed, provenance, marker, newId, titleContent);
  }

  /** The same article with other clauses. */
  public Article withClauses(List<Clause> newClauses) {
    return new Article(label, number, title, divisions, newClauses, provenance, marker, id, titleContent);
  }

  /**
   * Whether the article stands for its text at the previous stage: it is marked {@code (Non
   * modifié)} and prints no text of its own.
   */
  public boolean standsForPreviousText() {
    return marker.filter(m -> m == StageMarker.NOT_MODIFIED).isPresent() && clauses.isEmpty();
  }

  /** The heading as one line: {@code Article 18. Liability of legal persons}. */
  public String heading() {
    return title.isEmpty() ? label : label + ". " + title;
  }

  /** The innermost division the article stands in, if any. */
  public Optional<Division> division() {
    return divisions.isEmpty() ? Optional.empty() : Optional.of(divisions.get(divisions.size() - 1));
  }

  /** All clauses, depth first, in document order. */
  public Stream<Clause> allClauses() {
    return clauses.stream().flatMap(Clause::flatten);
  }

  /** All footnotes cited in the article, in order of citation. */
  public List<Footnote> footnotes() {
    return allClauses().flatMap(c -> c.footnotes().stream()).toList();
  }

  /** The body as one string: every clause line, then every footnote; used to tell edits apart. */
  public String bodyText() {
    return Stream.concat(
            allClauses().map(Clause::line),
            footnotes().stream().map(f -> "[^" + f.marker() + "]: " + f.text()))
        .collect(Collectors.joining("\n"));
  }
}
