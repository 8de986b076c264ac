package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A recital, paragraph, subparagraph or item, with the clauses it introduces; or a table, its rows
 * and their cells ({@link ClauseKind#TABLE}).
 *
 * <p>Where a clause has children its {@link #content()} is the chapeau: the words that introduce the
 * list. Footnote references are parts of the content ({@link Inline.NoteRef}), naming footnotes that
 * are in {@link #footnotes()}.
 *
 * @param kind what the clause is
 * @param label the label as printed without punctuation: {@code 2}, {@code b}, {@code iii}; empty for
 *     unnumbered text, recitals, tables, rows and cells
 * @param path where the clause stands: {@code 18.2.b.i}; unnumbered text gets {@code p1}, {@code
 *     p2} in its article ({@code 3.p1}); recitals are {@code preamble.1}, {@code preamble.2}; an
 *     article's tables are {@code t1}, {@code t2}, their rows {@code r1}, {@code r2} and the rows'
 *     cells {@code c1}, {@code c2}, counted in the draft's own order ({@code 2.t1.r3.c2}) (see
 *     {@link ClausePath})
 * @param content the clause's own text, whitespace collapsed, without its label: runs and footnote
 *     references
 * @param children the clauses this one introduces, in order
 * @param footnotes the footnotes cited in {@code text}, in order of citation
 * @param provenance where the clause was read
 * @param id names the clause within its draft, never empty: its article's id and the path below
 *     the article ({@code art18.2.b.i}, {@code art18~2.1} in a repeated article 18), or its path for a
 *     recital ({@code preamble.1}). Maps of clauses are keyed by it, never by the record
 */
public record Clause(
    ClauseKind kind,
    String label,
    ClausePath path,
    InlineText content,
    List<Clause> children,
    List<Footnote> footnotes,
    Provenance provenance,
    String id) {

  public Clause {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    children = List.copyOf(children);
    footnotes = List.copyOf(footnotes);
    Objects.requireNonNull(provenance, "provenance");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a clause needs an id");
    }
  }

  /** A clause with the id its path gives, as in an article whose number the draft does not repeat. */
  public Clause(
      ClauseKind kind, String label, ClausePath path, InlineText content, List<Clause> children, List<Footnote> footnotes,
      Provenance provenance) {
    this(kind, label, path, content, children, footnotes, provenance, idOf(path));
  }

  /** A clause of plain text, without footnote references, with the id its path gives. */
  public Clause(
      ClauseKind kind, String label, ClausePath path, String text, List<Clause> children, List<Footnote> footnotes,
      Provenance provenance) {
    this(kind, label, path, InlineText.of(text), children, footnotes, provenance);
  }

  /** The text in its plain view ({@link InlineText#plain()}): footnote references as {@code [^1]}. */
  public String text() {
    return content.plain();
  }

  /** The id of the clause at this path in an article whose number the draft does not repeat. */
  public static String idOf(ClausePath path) {
    return path.isRecital() ? path.toString() : Article.idOf(path.article()) + "." + path.withinArticle();
  }

  /** The same clause, and its children, with ids under this article id. */
  Clause underArticle(String articleId) {
    List<Clause> renamed = children.stream().map(c -> c.underArticle(articleId)).toList();
    return new Clause(kind, label, path, content, renamed, footnotes, provenance, articleId + "." + path.withinArticle());
  }

  /** The same clause under another id, its children unchanged. */
  public Clause withId(String newId) {
    return new Clause(kind, label, path, content, children, footnotes, provenance, newId);
  }

  /** Whether this clause introduces a list: its text is a chapeau. */
  public boolean isChapeau() {
    return !children.isEmpty();
  }

  /** The label as a reader sees it: {@code 1.}, {@code (a)}, {@code (i)}, or empty. */
  public String displayLabel() {
    return switch (kind) {
      case PARAGRAPH -> label + ".";
      case SUBPARAGRAPH, ITEM -> "(" + label + ")";
      case RECITAL, TEXT, TABLE, ROW, CELL -> "";
    };
  }

  /** Label and text as one line, in the plain view: {@code (a) To promote cooperation;}. */
  public String line() {
    return lineContent().plain();
  }

  /** Label and text as one line, as structure: the label and a space, then the content. */
  public InlineText lineContent() {
    String shown = displayLabel();
    return shown.isEmpty() ? content : content.after(shown + " ");
  }

  /** Depth below the article: 0 for paragraphs, text and tables, 1 for subparagraphs and rows, 2 for items and cells. */
  public int depth() {
    return path.depth();
  }

  /** This clause followed by all its descendants, in document order. */
  public Stream<Clause> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Clause::flatten));
  }
}
