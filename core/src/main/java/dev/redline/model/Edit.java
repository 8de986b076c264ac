package dev.redline.model;

import java.util.Objects;

/**
 * One changed piece of a line, with the kind of change it is: the words as the old draft has them
 * and as the new draft has them.
 *
 * <p>{@code oldText} stands in the old line ({@link TextChange#oldText()}) at {@code oldOffset},
 * and {@code newText} in the new line at {@code newOffset}; where one side is empty, its offset is
 * the place where the other side's words were deleted or inserted. Neither side starts or ends with
 * white space. A label edit holds the whole label ({@code (a)} to {@code (b)}); a bracket edit holds
 * the whole bracketed passage on both sides ({@code [serious crime]} to {@code serious crime}); a
 * deleted or inserted clause is one edit holding its whole text, without its label.
 *
 * @param kind what kind of change this is
 * @param oldText the words as the old draft has them; empty for an insertion
 * @param oldOffset where {@code oldText} starts in the old line, from 0
 * @param newText the words as the new draft has them; empty for a deletion
 * @param newOffset where {@code newText} starts in the new line, from 0
 */
public record Edit(ChangeKind kind, String oldText, int oldOffset, String newText, int newOffset) {
  public Edit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    if (oldOffset < 0 || newOffset < 0) {
      throw new IllegalArgumentException("offsets must not be negative");
    }
    if (oldText.isEmpty() && newText.isEmpty()) {
      throw new IllegalArgumentException("an edit needs text on at least one side");
    }
  }

  /**
   * The words deleted: those of {@code oldText}; footnote markers and punctuation are not words, and
   * a formatting edit deletes none.
   */
  public int wordsDeleted() {
    return kind == ChangeKind.FORMATTING ? 0 : Words.count(oldText);
  }

  /** The words inserted: those of {@code newText}; a formatting edit inserts none. */
  public int wordsInserted() {
    return kind == ChangeKind.FORMATTING ? 0 : Words.count(newText);
  }

  /**
   * Whether the edit changes the words a reader reads: a {@link ChangeKind#SUBSTANTIVE} edit, or a
   * {@link ChangeKind#BRACKETS} edit that does more than put brackets around the same words or take
   * them away. Case, punctuation, spelling, numbering, references and formatting are not wording.
   */
  public boolean changesWording() {
    return kind == ChangeKind.SUBSTANTIVE || (kind == ChangeKind.BRACKETS && !Words.of(oldText).equals(Words.of(newText)));
  }

  /** Whether this bracket edit takes text out of square brackets, or deletes a bracketed passage: agreement. */
  public boolean bracketsRemoved() {
    return kind == ChangeKind.BRACKETS && brackets(oldText) > brackets(newText);
  }

  /** Whether this bracket edit puts text into square brackets, or inserts a bracketed passage: new disagreement. */
  public boolean bracketsAdded() {
    return kind == ChangeKind.BRACKETS && brackets(newText) > brackets(oldText);
  }

  private static int brackets(String text) {
    return Math.max(Words.openingBrackets(text), Words.closingBrackets(text));
  }

  /** A readable form, as in the spec files: {@code consequential: 17 → 18}. */
  @Override
  public String toString() {
    return kind.word() + ": " + (oldText.isEmpty() ? "∅" : oldText) + " → " + (newText.isEmpty() ? "∅" : newText);
  }
}
