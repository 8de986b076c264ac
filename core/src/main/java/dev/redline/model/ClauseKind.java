package dev.redline.model;

/** What a clause is in the structure of a draft. */
public enum ClauseKind {
  /** A recital of the preamble. */
  RECITAL,
  /** An unnumbered paragraph of an article. */
  TEXT,
  /** A numbered paragraph: {@code 1.} */
  PARAGRAPH,
  /** A lettered subparagraph: {@code (a)} */
  SUBPARAGRAPH,
  /** A roman-numbered item inside a subparagraph: {@code (i)} */
  ITEM,
  /**
   * A table in an article: its children are its rows, its own text is empty. Path {@code 2.t1}, the
   * article's first table.
   */
  TABLE,
  /** A row of a table: its children are its cells, its own text is empty. Path {@code 2.t1.r3}. */
  ROW,
  /** A cell of a table row: its text is the cell's text, its paragraphs joined by a space. Path {@code 2.t1.r3.c2}. */
  CELL;

  /** Whether the clause is a table, or a row or cell of one. */
  public boolean inTable() {
    return this == TABLE || this == ROW || this == CELL;
  }
}
