package dev.redline.model;

/** What happened to one line of text (a heading, a clause, a footnote) between two drafts. */
public enum ChangeStatus {
  UNCHANGED,
  MODIFIED,
  INSERTED,
  DELETED
}
