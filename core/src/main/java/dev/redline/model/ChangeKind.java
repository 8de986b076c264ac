package dev.redline.model;

import java.util.Locale;

/**
 * What kind of change one {@link Edit} is, so that a reader can tell at a glance whether it
 * matters. Every edit has exactly one kind; where an edit could be read as several, the first that
 * applies in this order wins: {@link #NUMBERING}, {@link #BRACKETS}, {@link #CONSEQUENTIAL},
 * {@link #EDITORIAL}, {@link #SUBSTANTIVE}. A {@link #FORMATTING} edit is never
 * another kind: its words are the same on both sides.
 */
public enum ChangeKind {
  /** Wording: words added, deleted or replaced. Whole clauses added or deleted are substantive. */
  SUBSTANTIVE,
  /**
   * Punctuation, capitalisation or a spelling variant ({@code -ise}/{@code -ize}, {@code
   * -our}/{@code -or}, {@code -ence}/{@code -ense}, {@code -re}/{@code -er}, a doubled {@code l},
   * {@code programme}, {@code judgement}, accents) and nothing else.
   */
  EDITORIAL,
  /** A clause's label, a footnote's number or an article's number in its heading, alone. */
  NUMBERING,
  /**
   * A cross-reference ({@code article 17}, {@code articles 24 to 29}, {@code article 40, paragraph
   * 22}, a footnote marker) that changed only because the article, paragraph or footnote it points
   * to was renumbered.
   */
  CONSEQUENTIAL,
  /**
   * Text entering or leaving square brackets: brackets removed mean agreement ({@code [serious
   * crime]} to {@code serious crime}); brackets added, or a bracketed passage inserted, mean new
   * disagreement. See {@link Edit#bracketsRemoved()} and {@link Edit#bracketsAdded()}.
   */
  BRACKETS,
  /**
   * The same words set differently: bold, italic, underline, strike-through, superscript or
   * subscript, small caps. Neither substantive nor editorial; it deletes and inserts no words. The
   * edit holds the words on both sides.
   */
  FORMATTING;

  /** The lower-case word used in spec files and reports: {@code consequential}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
