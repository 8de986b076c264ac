package dev.redline.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a source as a reader found it, before structure is recognised; or a whole table.
 *
 * @param text the line's text without its line break; for a table, its cells' text joined by spaces
 * @param line the 1-based line number in the source
 * @param page the 1-based page, or 0 where the source has no pages
 * @param table the table this line stands for, empty for a line of text
 */
record SourceLine(String text, int line, int page, Optional<Table> table) {
  SourceLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(table, "table");
  }

  /** A line of text. */
  SourceLine(String text, int line, int page) {
    this(text, line, page, Optional.empty());
  }

  boolean isBlank() {
    return table.isEmpty() && text.isBlank();
  }

  /**
   * A table as read: each row's cells, each cell's text (its paragraphs joined by a space, labels
   * of automatic numbering and footnote markers in place), with the 1-based line of each row's first
   * paragraph; and the same table as lines of text, one per cell paragraph with a blank line after
   * each, for a table the structure recognizer does not keep as a table (outside an article, or one
   * that holds headings).
   *
   * @param rows the rows, in order, each with at least one cell
   * @param rowLines the line each row starts at, one per row
   * @param asLines the table's paragraphs as lines (the definitions of the notes its cells cite
   *     follow the table's own line, not these)
   */
  record Table(List<List<String>> rows, List<Integer> rowLines, List<SourceLine> asLines) {
    Table {
      rows = rows.stream().map(List::copyOf).toList();
      rowLines = List.copyOf(rowLines);
      asLines = List.copyOf(asLines);
      if (rows.size() != rowLines.size()) {
        throw new IllegalArgumentException("one line per row");
      }
    }
  }
}
