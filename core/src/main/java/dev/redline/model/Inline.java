package dev.redline.model;

import java.util.Objects;

/**
 * A piece of a clause's text: a run of words, or a reference to a footnote.
 *
 * <p>Runs carry their text and its {@link Format} (bold, italic, underline, strike-through,
 * superscript and subscript, small caps, a style name), so that a run whose words are equal but
 * whose formatting differs can be told apart. A footnote reference names its {@link Footnote} by id and is never text inside a
 * string: a reader makes it, the differ keeps it whole, and a writer renders it as a reference.
 */
public sealed interface Inline permits Inline.Run, Inline.NoteRef {
  /**
   * The piece in the plain-text view of a line ({@link InlineText#plain()}): a run's text as it is,
   * a footnote reference as {@code [^1]}, the form the spec files and word diffs read.
   */
  String plain();

  /**
   * A run of text, set in one format.
   *
   * @param text the words, never empty
   * @param format how the words are set; {@link Format#PLAIN} where the draft says nothing
   */
  record Run(String text, Format format) implements Inline {
    public Run {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("a run needs text");
      }
      Objects.requireNonNull(format, "format");
    }

    /** A run of plain text. */
    public Run(String text) {
      this(text, Format.PLAIN);
    }

    @Override
    public String plain() {
      return text;
    }
  }

  /**
   * A reference to a footnote, where the text cites it.
   *
   * @param footnote the id of the cited {@link Footnote} in the same draft
   * @param marker the marker as printed: {@code 1}, {@code e2}
   */
  record NoteRef(String footnote, String marker) implements Inline {
    public NoteRef {
      Objects.requireNonNull(footnote, "footnote");
      Objects.requireNonNull(marker, "marker");
    }

    /** A reference to this footnote. */
    public static NoteRef to(Footnote footnote) {
      return new NoteRef(footnote.id(), footnote.marker());
    }

    @Override
    public String plain() {
      return "[^" + marker + "]";
    }
  }
}
