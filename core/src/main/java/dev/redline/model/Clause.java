package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A recital, paragraph, subparagraph or item, with the clauses it introduces; or a table, its rows
 * and their cells ({@link ClauseKind#TABLE}).
 *
 * <p>Where a clause has children its {@link #text()} is the chapeau: the words that introduce the
 * list. Footnote markers stay in the text in the form {@code [^1]}; the footnotes themselves are in
 * {@link #footnotes()}.
 *
 * @param kind what the clause is
 * @param label the label as printed without punctuation: {@code 2}, {@code b}, {@code iii}; empty for
 *     unnumbered text, recitals, tables, rows and cells
 * @param path a stable path within the draft: {@code 18.2.b.i}; unnumbered text gets {@code p1},
 *     {@code p2} in its article ({@code 3.p1}); recitals are {@code preamble.1}, {@code preamble.2};
 *     an article's tables are {@code t1}, {@code t2}, their rows {@code r1}, {@code r2} and the
 *     rows' cells {@code c1}, {@code c2}, counted in the draft's own order ({@code 2.t1.r3.c2})
 * @param text the clause's own text, whitespace collapsed, without its label
 * @param children the clauses this one introduces, in order
 * @param footnotes the footnotes cited in {@code text}, in order of citation
 * @param provenance where the clause was read
 */
public record Clause(
    ClauseKind kind,
    String label,
    String path,
    String text,
    List<Clause> children,
    List<Footnote> footnotes,
    Provenance provenance) {

  public Clause {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    children = List.copyOf(children);
    footnotes = List.copyOf(footnotes);
    Objects.requireNonNull(provenance, "provenance");
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

  /** Label and text as one line: {@code (a) To promote cooperation;}. */
  public String line() {
    String shown = displayLabel();
    return shown.isEmpty() ? text : shown + " " + text;
  }

  /** Depth below the article: 0 for paragraphs, text and tables, 1 for subparagraphs and rows, 2 for items and cells. */
  public int depth() {
    return path.split("\\.").length - 2;
  }

  /** This clause followed by all its descendants, in document order. */
  public Stream<Clause> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Clause::flatten));
  }
}
