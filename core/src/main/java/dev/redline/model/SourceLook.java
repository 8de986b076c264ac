package dev.redline.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Word draft looks, kept so that a redline of it can look the same: its page size and
 * margins, its styles, its list numbering, its page header and footer, and the list place of each
 * paragraph that Word numbered. A draft read from any other format has none.
 *
 * <p>The parts are kept as the XML Word wrote (WordprocessingML, transitional namespace), each no
 * larger than {@link #MAX_PART_CHARS}; a part that is larger, holds pictures or links, or tracked
 * changes, is not kept. Nothing here changes what the draft says: its text is in its articles.
 *
 * @param page the size and margins of the draft's last section
 * @param styles {@code word/styles.xml}, where kept
 * @param numbering {@code word/numbering.xml}, where kept
 * @param header the default page header's part ({@code w:hdr}), where kept
 * @param footer the default page footer's part ({@code w:ftr}), where kept
 * @param lists the list place of each paragraph Word numbered, by the paragraph's number (its
 *     {@link Provenance#line()}); empty where the numbering part is not kept
 */
public record SourceLook(
    Page page, Optional<String> styles, Optional<String> numbering, Optional<String> header, Optional<String> footer,
    Map<Integer, ListPlace> lists) {

  /** The most characters a kept part may have: far more than the styles of any real draft. */
  public static final int MAX_PART_CHARS = 1 << 20;

  public SourceLook {
    Objects.requireNonNull(page, "page");
    for (Optional<String> part : java.util.List.of(styles, numbering, header, footer)) {
      if (part.filter(p -> p.length() > MAX_PART_CHARS).isPresent()) {
        throw new IllegalArgumentException("a kept part is longer than " + MAX_PART_CHARS + " characters");
      }
    }
    lists = Map.copyOf(lists);
  }

  /**
   * A page's size and margins, in twentieths of a point (twips), as Word's {@code w:pgSz} and
   * {@code w:pgMar} give them.
   */
  public record Page(int width, int height, boolean landscape, int top, int right, int bottom, int left, int header, int footer, int gutter) {
    /** A4 upright with margins of 2 cm: the redline's own page, for drafts that are not Word files. */
    public static final Page A4 = new Page(11906, 16838, false, 1134, 1134, 1134, 1134, 567, 567, 0);

    public Page {
      if (width <= 0 || height <= 0 || left < 0 || right < 0 || gutter < 0 || header < 0 || footer < 0 || left + right + gutter >= width) {
        throw new IllegalArgumentException("not a page: " + width + " x " + height + " with margins " + left + " and " + right);
      }
    }

    /** The width left for text between the margins. */
    public int textWidth() {
      return width - left - right - gutter;
    }
  }

  /**
   * Where a paragraph stands in Word's automatic numbering.
   *
   * @param numId the list ({@code w:numId}) in the numbering part
   * @param level the level ({@code w:ilvl}), 0 to 8
   * @param label the label Word shows for it, as a reader sees it ({@code 1.}, {@code (a)})
   */
  public record ListPlace(String numId, int level, String label) {
    public ListPlace {
      Objects.requireNonNull(numId, "numId");
      Objects.requireNonNull(label, "label");
      if (level < 0 || level > 8) {
        throw new IllegalArgumentException("list level " + level + " is not 0 to 8");
      }
    }
  }
}
