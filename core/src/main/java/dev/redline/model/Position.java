package dev.redline.model;

/**
 * A place in a text file, for messages: 1-based line and column.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record Position(int line, int column) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
