package dev.redline.read;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file could not be read as a draft. The message is one line that names the file and the
 * problem, fit to show a user as it is.
 */
public final class DraftReadException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, so that callers can tell missing files from unusable ones. */
  public enum Problem {
    /** There is no file at that path. */
    NOT_FOUND,
    /** The file exists but cannot be read: a directory, no permission, an I/O error. */
    NOT_READABLE,
    /** The file has no content, or only white space. */
    EMPTY,
    /** The file holds binary data where text was expected. */
    BINARY,
    /** The file is beyond the limits set for reading: too many bytes or pages. */
    TOO_LARGE,
    /** The file's format is not one Redline reads. */
    UNSUPPORTED_FORMAT,
    /**
     * The file is damaged, is not what its name says (random bytes named {@code .docx}), or is
     * unsafe to open (a ZIP bomb).
     */
    CORRUPT,
    /** The file is password-protected. */
    ENCRYPTED,
    /** The file's pages hold no text, only images: a scan that needs OCR first. */
    NO_TEXT_LAYER,
    /** The text was read but no article heading was recognised in it. */
    NO_ARTICLES,
    /**
     * The user's article pattern could not be matched against a line within its limits (one
     * second a line, and the stack's depth): the pattern must be simplified.
     */
    PATTERN_FAILED
  }

  private final transient Path file;
  private final Problem problem;

  /**
   * @param file the file that could not be read
   * @param problem what kind of problem it is
   * @param detail what is wrong, fit to follow the file's name in a message
   */
  public DraftReadException(Path file, Problem problem, String detail) {
    this(file, problem, detail, null);
  }

  /** The same, with the exception that caused the problem. */
  public DraftReadException(Path file, Problem problem, String detail, Throwable cause) {
    super(file + ": " + detail, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** What went wrong. */
  public Problem problem() {
    return problem;
  }
}
