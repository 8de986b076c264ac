package dev.redline.model;

import java.util.Objects;

/**
 * Where a node of a draft came from, so that a report can always point back to the source.
 *
 * @param file the source file's name as given to the reader
 * @param line the 1-based line of the node's first line in the source, or 0 where the format has no lines
 * @param page the 1-based page, or 0 where the source has no pages (plain text without form feeds)
 */
public record Provenance(String file, int line, int page) {
  public Provenance {
    Objects.requireNonNull(file, "file");
    if (line < 0 || page < 0) {
      throw new IllegalArgumentException("line and page must not be negative");
    }
  }

  /** Whether the source has pages. */
  public boolean hasPage() {
    return page > 0;
  }

  /** A short human form: {@code rev3.txt:120} or {@code rev3.pdf:120, p. 14}. */
  @Override
  public String toString() {
    return file + ":" + line + (hasPage() ? ", p. " + page : "");
  }
}
