package dev.redline.read;

import java.util.List;

/**
 * The text lines of one PDF page in the order the page draws them, with the page's size.
 *
 * @param number the 1-based page number
 * @param width the page's width in points, as displayed (after the page's rotation)
 * @param height the page's height in points, as displayed
 * @param rotation the page's rotation in degrees, clockwise: 0, 90, 180 or 270
 * @param hasImage whether the page draws an image (checked only on pages without text)
 * @param lines the page's text lines, in drawing order
 * @param rules the horizontal lines the page draws (a footnote separator, perhaps), measured as its
 *     text lines are; none on a rotated page
 */
record PdfPage(int number, float width, float height, int rotation, boolean hasImage, List<PdfLine> lines, List<Rule> rules) {
  PdfPage {
    lines = List.copyOf(lines);
    rules = List.copyOf(rules);
  }

  /**
   * A horizontal line drawn on the page, stroked or filled as a thin rectangle.
   *
   * @param x0 where it starts, measured as a {@link PdfLine}'s {@code x0}
   * @param x1 where it ends
   * @param y its height from the page's top, as a baseline is measured
   */
  record Rule(float x0, float x1, float y) {}
}
