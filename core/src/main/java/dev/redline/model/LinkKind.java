package dev.redline.model;

/**
 * What happened to an article between two drafts. A one-to-one link carries {@link #UNCHANGED}
 * alone, or any of {@link #RENUMBERED}, {@link #RETITLED}, {@link #MOVED} and {@link #MODIFIED}
 * together; the other kinds stand alone.
 */
public enum LinkKind {
  /** Same number, title, place and body. */
  UNCHANGED,
  /** The number as printed differs. */
  RENUMBERED,
  /** The title differs. */
  RETITLED,
  /** The article went to another division, or out of order relative to the articles around it. */
  MOVED,
  /** Anything in the body differs: words, punctuation, labels, cross-references, footnotes. */
  MODIFIED,
  /** The article is new. */
  INSERTED,
  /** The article is gone. */
  DELETED,
  /** One old article became several new ones. */
  SPLIT,
  /** Several old articles became one new one. */
  MERGED;

  /** The lower-case word used in ground-truth files and reports: {@code renumbered}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
