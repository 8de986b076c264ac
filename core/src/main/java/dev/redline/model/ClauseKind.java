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
  ITEM
}
