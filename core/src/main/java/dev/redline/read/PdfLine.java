package dev.redline.read;

import java.util.List;

/**
 * One line of text on a PDF page as the {@link PdfLines} stripper found it, with the typography and
 * position that layout analysis needs; positions are in points from the page's top left corner, in
 * the text's reading direction: on a page of right-to-left text (Arabic), from its top right corner,
 * leftwards, so that a line's start is where its first word stands.
 *
 * @param text the line's text, runs of white space collapsed to one space, never blank
 * @param markers the runs of {@code text} set as superscript digits (footnote markers, perhaps), in
 *     order
 * @param x0 where the line's first glyph starts
 * @param x1 where the line's last glyph ends
 * @param textX where the text starts after a label at the line's start ({@code (a)}, {@code 1.}),
 *     else {@code x0}
 * @param firstWordWidth the width of the line's first word: whether it would have fitted at the end
 *     of the line before tells a line broken by the typesetter from one ended by the author
 * @param hangingLabel whether that label stands in a column of its own: set apart from the text by
 *     a gap much wider than the line's spaces
 * @param gapFrom where the widest gap between two words of the line starts, or 0 where it has none
 * @param gapTo where that gap ends, or 0
 * @param baseline the baseline of the line's main type
 * @param size the size in points of the line's main type
 * @param bold whether the line's main type is bold
 * @param sideways whether most of the line's glyphs are not upright (rotated text)
 * @param page the 1-based number of the page the line is on
 * @param number the line's 1-based number among all text lines of the document, in reading order
 */
record PdfLine(
    String text,
    List<Span> markers,
    float x0,
    float x1,
    float textX,
    float firstWordWidth,
    boolean hangingLabel,
    float gapFrom,
    float gapTo,
    float baseline,
    float size,
    boolean bold,
    boolean sideways,
    int page,
    int number) {

  PdfLine {
    markers = List.copyOf(markers);
  }

  /**
   * A run of characters of a line's text.
   *
   * @param start the index of its first character
   * @param end the index after its last character
   */
  record Span(int start, int end) {}

  /** The same line with other text and markers; the position and type stay. */
  PdfLine withText(String newText, List<Span> newMarkers) {
    return new PdfLine(newText, newMarkers, x0, x1, textX, firstWordWidth, hangingLabel, gapFrom, gapTo, baseline, size, bold, sideways, page, number);
  }

  /**
   * The same line measured from the page's right edge, as on a page of right-to-left text; the
   * line's own text runs left to right, so no label is looked for at its start.
   */
  PdfLine mirrored(float pageWidth) {
    boolean gap = gapTo > gapFrom;
    return new PdfLine(text, markers, pageWidth - x1, pageWidth - x0, pageWidth - x1, firstWordWidth, false,
        gap ? pageWidth - gapTo : 0, gap ? pageWidth - gapFrom : 0, baseline, size, bold, sideways, page, number);
  }

  /** Whether the line starts with a label ({@code (a)}, {@code 1.}), in a column of its own or not. */
  boolean startsWithLabel() {
    return textX > x0;
  }

  /** The horizontal middle of the line. */
  float middle() {
    return (x0 + x1) / 2;
  }
}
