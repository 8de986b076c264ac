package dev.redline.cli;

/** The exit codes of {@code redline}; stable, documented in {@code --help} and the README. */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** Something went wrong inside Redline: a bug. */
  public static final int INTERNAL_ERROR = 1;
  /** The command line was wrong: an unknown option, a missing argument. */
  public static final int USAGE = 2;
  /** An input file is missing or cannot be read. */
  public static final int INPUT_MISSING = 3;
  /**
   * An input file is not a usable draft: empty, binary, an unsupported format, damaged or
   * password-protected, a scan without a text layer, no articles; or a letter with no demand.
   */
  public static final int INPUT_UNUSABLE = 4;
  /** The output file cannot be written (or would overwrite an input). */
  public static final int OUTPUT_FAILED = 5;
  /** The demands file is invalid: bad YAML, an unknown check, a target missing from its draft. */
  public static final int DEMANDS_INVALID = 6;
  /** The work took longer than the limit set with --timeout. */
  public static final int TIMED_OUT = 7;

  private ExitCode() {}

  /** Each code with its meaning, in order, as {@code --help} shows them. */
  static java.util.Map<String, String> descriptions() {
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    codes.put(" " + OK, "Success.");
    codes.put(" " + INTERNAL_ERROR, "Internal error (a bug; please report it).");
    codes.put(" " + USAGE, "Usage error: unknown option, missing or bad argument.");
    codes.put(" " + INPUT_MISSING, "An input file is missing or cannot be read.");
    codes.put(" " + INPUT_UNUSABLE, "An input file is not a usable draft (empty, binary, unsupported format, damaged, password-protected, scanned without text, no articles), or a letter holds no demand.");
    codes.put(" " + OUTPUT_FAILED, "The output cannot be written, or would overwrite an input.");
    codes.put(" " + DEMANDS_INVALID, "The demands file is invalid (the message gives line, column and field).");
    codes.put(" " + TIMED_OUT, "The work took longer than the limit set with --timeout.");
    return codes;
  }
}
