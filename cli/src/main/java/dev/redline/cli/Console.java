package dev.redline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a command's messages go, and how they look. Results and the closing summary go to
 * standard output; warnings, errors and progress to standard error. Progress is drawn only when
 * standard error is a terminal and {@code --quiet} is not given; colour only when standard output
 * is a terminal (or {@code --color=always}), {@code NO_COLOR} is unset and the terminal is not
 * {@code dumb}. {@code --quiet} leaves only errors and the results asked for on standard output.
 */
final class Console {
  /** Whether the process's own standard output and error are terminals; set by {@link Redline#main}. */
  record Terminals(boolean out, boolean err) {
    static final Terminals NONE = new Terminals(false, false);

    /** The process's streams, as the operating system sees them. */
    static Terminals ofThisProcess(Map<String, String> env) {
      if ("dumb".equals(env.get("TERM"))) {
        return NONE;
      }
      return new Terminals(isTerminal(1), isTerminal(2));
    }

    /**
     * Whether file descriptor {@code fd} is a terminal: on Linux, what {@code /proc/self/fd/N} links
     * to; elsewhere, whether Java sees a console.
     */
    private static boolean isTerminal(int fd) {
      Path link = Path.of("/proc/self/fd/" + fd);
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
        return System.console() != null;
      }
    }
  }

  /** When to colour the summary. */
  enum Colour {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** The terminals of the running process; {@link Terminals#NONE} inside tests and libraries. */
  static volatile Terminals system = Terminals.NONE;

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 79;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean progress;
  private final boolean colour;
  private final boolean stdoutTerminal;
  private boolean lineShown;
  private long lastDrawn;

  Console(PrintWriter out, PrintWriter err, boolean quiet, Colour colour, Terminals terminals, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.progress = !quiet && terminals.err();
    this.stdoutTerminal = terminals.out();
    boolean noColour = env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty();
    this.colour = switch (colour) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminals.out() && !noColour;
    };
  }

  /** Plain messages to these streams: no progress, no colour, nothing held back. */
  static Console plain(PrintWriter out, PrintWriter err) {
    return new Console(out, err, false, Colour.NEVER, Terminals.NONE, Map.of());
  }

  boolean colour() {
    return colour;
  }

  boolean quiet() {
    return quiet;
  }

  /** What the command was asked to print: a table, an outline, a report written to {@code -o -}. */
  PrintWriter results() {
    clearProgress();
    return out;
  }

  /** A line about what was done (the file written, the summary), left out with {@code --quiet}. */
  void info(String line) {
    if (!quiet) {
      clearProgress();
      out.println(line);
      out.flush();
    }
  }

  /**
   * A line about what was done, sent to standard error because standard output carries the report
   * ({@code -o -}); left out with {@code --quiet}.
   */
  void note(String line) {
    if (!quiet) {
      clearProgress();
      err.println(line);
      err.flush();
    }
  }

  /** Whether standard output is a terminal, where a binary report must not go. */
  boolean stdoutIsTerminal() {
    return stdoutTerminal;
  }

  /** A warning, left out with {@code --quiet}. */
  void warning(String message) {
    if (!quiet) {
      clearProgress();
      err.println("redline: warning: " + message);
      err.flush();
    }
  }

  /** An error: always printed. */
  void error(String message) {
    clearProgress();
    err.println("redline: error: " + message);
    err.flush();
  }

  /** Shows that a stage of the work has begun, such as {@code Aligning 3 drafts}. */
  void stage(String label) {
    step(label, 0, 0, "");
  }

  /**
   * Shows how far a stage has gone: {@code done} of {@code total} {@code unit}, with a bar. Drawn at
   * most ten times a second, and only on a terminal.
   */
  void step(String label, long done, long total, String unit) {
    if (!progress) {
      return;
    }
    long now = System.nanoTime();
    boolean last = total > 0 && done >= total;
    if (lineShown && !last && done > 0 && now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    String line = label;
    if (total > 0) {
      int barWidth = 24;
      int filled = (int) Math.min(barWidth, done * barWidth / total);
      String bar = "=".repeat(filled) + (filled < barWidth ? ">" + " ".repeat(barWidth - filled - 1) : "");
      String count = String.format(Locale.ROOT, "%d/%d %s", done, total, unit).strip();
      int room = WIDTH - bar.length() - count.length() - 5;
      line = shorten(label, room) + "  [" + bar + "] " + count;
    } else {
      line = shorten(label, WIDTH);
    }
    err.print("\r\033[K" + line);
    err.flush();
    lineShown = true;
  }

  /** Removes the progress line, so that what comes next starts on a clean line. */
  void clearProgress() {
    if (lineShown) {
      err.print("\r\033[K");
      err.flush();
      lineShown = false;
    }
  }

  private static String shorten(String text, int room) {
    if (room < 4 || text.length() <= room) {
      return text;
    }
    return text.substring(0, room - 3) + "...";
  }
}
