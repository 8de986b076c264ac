package dev.redline.demands;

import dev.redline.model.Position;
import java.nio.file.Path;

/**
 * A demands file that cannot be used. The message is one line: {@code FILE:LINE:COLUMN: FIELD:
 * expected WHAT, found WHAT}, fit to show a user as it is.
 */
public final class DemandsFileException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final transient Position position;
  private final String field;

  /**
   * @param file the demands file
   * @param position where in the file the problem is
   * @param field the field at fault, such as {@code check}, or empty
   * @param problem what is wrong, fit to show a user
   */
  public DemandsFileException(Path file, Position position, String field, String problem) {
    super(file + ":" + position + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    this.file = file;
    this.position = position;
    this.field = field;
  }

  /** The demands file. */
  public Path file() {
    return file;
  }

  /** Where the problem is. */
  public Position position() {
    return position;
  }

  /** The field at fault, such as {@code check} or {@code target}; empty for a YAML syntax error. */
  public String field() {
    return field;
  }
}
