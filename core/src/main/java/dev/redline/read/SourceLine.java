package dev.redline.read;

/**
 * One line of a source as a reader found it, before structure is recognised.
 *
 * @param text the line's text without its line break
 * @param line the 1-based line number in the source
 * @param page the 1-based page, or 0 where the source has no pages
 */
record SourceLine(String text, int line, int page) {
  boolean isBlank() {
    return text.isBlank();
  }
}
