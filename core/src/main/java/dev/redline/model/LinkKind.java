package dev.redline.model;

/**
 * What happened to an article between two drafts. A one-to-one link carries {@link #UNCHANGED}
 * alone, or any of {@link #RENUMBERED}, {@link #RETITLED}, {@link #MOVED}, one of {@link
 * #MODIFIED} and {@link #REFERENCES_UPDATED}, and {@link #REFORMATTED} where it is not {@link
 * #MODIFIED}, together; the other kinds stand alone.
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
  /**
   * The body differs: words, punctuation, labels, brackets, footnotes. The aligner says so of any
   * article whose body text differs; the differ, which classifies the edits, keeps it only where
   * some edit is not consequential (see {@link #REFERENCES_UPDATED}).
   */
  MODIFIED,
  /**
   * The body differs only in cross-references and footnote numbers that follow the renumbering of
   * other articles, paragraphs or footnotes: every edit is {@link ChangeKind#CONSEQUENTIAL}, or the
   * {@link ChangeKind#NUMBERING} of one of its footnotes. Set by the differ, never by the aligner.
   */
  REFERENCES_UPDATED,
  /**
   * The same words, some set in another format (a term put in italics, a phrase no longer bold):
   * every other edit of the article, if any, follows a renumbering, so that it is not {@link
   * #MODIFIED}; its formatting edits are {@link ChangeKind#FORMATTING}. Set by the differ, never by
   * the aligner, which compares words; never where formatting is ignored.
   */
  REFORMATTED,
  /** The article is new. */
  INSERTED,
  /** The article is gone. */
  DELETED,
  /** One old article became several new ones. */
  SPLIT,
  /** Several old articles became one new one. */
  MERGED;

  /**
   * The lower-case words used in ground-truth files and reports: {@code renumbered}, {@code
   * references updated}.
   */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** The kind these words name, as {@link #word()} writes them. */
  public static java.util.Optional<LinkKind> of(String word) {
    for (LinkKind kind : values()) {
      if (kind.word().equals(word)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }
}
