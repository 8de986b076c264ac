package dev.redline.model;

import java.util.List;
import java.util.Objects;

/**
 * A letter or position paper as read from its file: its lines of text, each with its page and line,
 * without the page furniture a reader could tell apart. A letter is not a draft: it has no articles;
 * {@code DemandDrafter} reads the demands out of it.
 *
 * @param file the file's name, as reports cite it
 * @param lines the lines in reading order; blank lines are kept, so line numbers stay those of the
 *     source
 * @param blankLineEndsParagraph whether a blank line always ends a paragraph, as in letters read
 *     from PDF and Word; in plain text extracted by other tools a blank line often stands between
 *     every two lines of a paragraph, so there it ends one only after a line that ends a sentence
 */
public record Letter(String file, List<Line> lines, boolean blankLineEndsParagraph) {
  public Letter {
    Objects.requireNonNull(file, "file");
    lines = List.copyOf(lines);
  }

  /**
   * One line of a letter.
   *
   * @param text the line's text, without its line break
   * @param page the 1-based page, or 0 where the source has no pages
   * @param line the 1-based line in the source (in a PDF, counted through the whole document; in a
   *     Word file, the paragraph's number)
   */
  public record Line(String text, int page, int line) {
    public Line {
      Objects.requireNonNull(text, "text");
    }
  }
}
