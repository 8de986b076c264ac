package dev.redline.model;

/** What happened to one line of text (a heading, a clause, a footnote) between two drafts. */
public enum ChangeStatus {
  /**
   * The same line in both drafts, or written differently only in white space, quote or dash style
   * or a hyphen left at a line end; every segment is kept.
   */
  UNCHANGED,
  /** In both drafts, with at least one run of text inserted or deleted. */
  MODIFIED,
  /** Only in the new draft (or, for a moved clause, the place it went to). */
  INSERTED,
  /** Only in the old draft (or, for a moved clause, the place it left). */
  DELETED
}
