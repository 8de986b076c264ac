package dev.redline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The last line of defence: an error or exception that no part of Redline expected (a bug, or an
 * input that found a limit we missed) while working on one file. It becomes one line, {@code
 * redline: error: FILE: what happened (please report; details in LOG)}, and exit code 1; the stack
 * trace goes to the log file named in that line, or to standard error with {@code --debug}.
 */
final class Unexpected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What Redline was working on: a file's name, or the command's. */
  final String subject;

  Unexpected(String subject, Throwable cause) {
    super(cause.toString(), cause, false, false);
    this.subject = subject;
  }

  /**
   * Reports the problem in one line and returns exit code 1.
   *
   * @param problem what was thrown, perhaps wrapped in an {@link Unexpected} naming the file
   * @param fallbackSubject what to name when the problem does not say which file it concerned
   * @param err where the line goes
   * @param debug whether the stack trace goes to {@code err} too, instead of a log file
   */
  static int report(Throwable problem, String fallbackSubject, PrintWriter err, boolean debug) {
    String subject = fallbackSubject;
    Throwable cause = problem;
    while (true) {
      if (cause instanceof Unexpected u) {
        subject = u.subject;
      } else if (!(cause instanceof picocli.CommandLine.ExecutionException || cause instanceof java.util.concurrent.ExecutionException)) {
        break;
      }
      if (cause.getCause() == null) {
        break;
      }
      cause = cause.getCause();
    }
    String where;
    if (debug) {
      cause.printStackTrace(err);
      where = "the stack trace is above";
    } else {
      where = log(cause).map(f -> "details in " + f).orElse("run again with --debug for details");
    }
    err.println("redline: error: " + Console.printable(subject) + ": " + what(cause) + " (please report; " + where + ")");
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }

  /** What happened, in words, without the stack. */
  static String what(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "ran out of stack: something in it is nested too deeply for Redline to follow";
    }
    if (t instanceof OutOfMemoryError) {
      return "ran out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB); it holds more than Redline can keep in memory at once";
    }
    String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
    if (message.length() > 200) {
      message = message.substring(0, 197) + "...";
    }
    return "unexpected " + t.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + Console.printable(message));
  }

  /** Writes the stack trace to a new log file in the temporary folder; empty if that fails too. */
  private static java.util.Optional<Path> log(Throwable t) {
    try {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      Path file = Files.createTempFile("redline-error-", ".log");
      Files.writeString(file, Redline.versionLine() + "\njava " + System.getProperty("java.version") + "\n\n" + trace);
      return java.util.Optional.of(file);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return java.util.Optional.empty();
    }
  }
}
