package dev.redline.model;

/**
 * A note printed beside an article's number by a parliament to say what the article's status is
 * at this stage of a bill, such as French {@code Article 7 (Supprimé)} or {@code Article 3 (Non
 * modifié)}. It is not part of the article's title.
 */
public enum StageMarker {
  /** The article is new at this stage: {@code (nouveau)}, {@code (new)}. */
  NEW,
  /**
   * The article is unchanged from the previous stage, whose text it stands for when none is printed:
   * {@code (Non modifié)}, {@code (Conforme)}, {@code (unchanged)}.
   */
  NOT_MODIFIED,
  /** The article is deleted at this stage and only its heading is kept: {@code (Supprimé)}, {@code (weggefallen)}. */
  DELETED,
  /** The article is changed only to keep the text consistent: {@code (pour coordination)}. */
  FOR_COORDINATION
}
