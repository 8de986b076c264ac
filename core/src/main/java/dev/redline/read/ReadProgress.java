package dev.redline.read;

/**
 * Told how far the reading of one file has gone, for a progress display. Readers that know the
 * size of their work in pages (the PDF reader) call it after each page; the others may not call it
 * at all. Called on the reading thread; it should return quickly.
 */
@FunctionalInterface
public interface ReadProgress {
  /** Reports nothing. */
  ReadProgress NONE = (done, total) -> {};

  /**
   * Called after each page.
   *
   * @param done pages read so far, from 1
   * @param total pages in the file
   */
  void pages(int done, int total);
}
