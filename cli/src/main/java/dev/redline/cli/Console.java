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
        return consoleAttached();
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
  private PrintWriter printableOut;
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

  /**
   * What the command was asked to print: a table, an outline, a report written to {@code -o -}. On
   * a terminal, control characters are dropped from it (see {@link #printable(String)}).
   */
  PrintWriter results() {
    clearProgress();
    return stdoutTerminal ? printableOut() : out;
  }

  private PrintWriter printableOut() {
    if (printableOut == null) {
      printableOut = new PrintWriter(new java.io.FilterWriter(out) {
        @Override
        public void write(int c) throws java.io.IOException {
          write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws java.io.IOException {
          write(new String(chars, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws java.io.IOException {
          out.write(printable(text.substring(offset, offset + length)));
        }
      }, false);
    }
    return printableOut;
  }

  /**
   * The text without the characters that could command a terminal: C0 controls other than line
   * feed and tab (escape, carriage return, bell, backspace...), delete, and C1 controls. A title such
   * as {@code ESC]0;pwned BEL} or {@code ESC[2J} in a draft or a demands file is shown as harmless
   * text, never obeyed.
   */
  static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
      if (control && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!control && b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  /** Like {@link #printable(String)}, but keeping the colour codes this console adds itself. */
  private String message(String line) {
    if (!colour) {
      return printable(line);
    }
    java.util.regex.Matcher sgr = COLOUR_CODE.matcher(line);
    StringBuilder b = new StringBuilder(line.length());
    int at = 0;
    while (sgr.find()) {
      b.append(printable(line.substring(at, sgr.start()))).append(sgr.group());
      at = sgr.end();
    }
    return b.append(printable(line.substring(at))).toString();
  }

  private static final java.util.regex.Pattern COLOUR_CODE = java.util.regex.Pattern.compile("\033\\[[0-9;]{0,16}+m");

  /** A line about what was done (the file written, the summary), left out with {@code --quiet}. */
  void info(String line) {
    if (!quiet) {
      clearProgress();
      out.println(message(line));
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
      err.println(message(line));
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
      err.println("redline: warning: " + printable(message));
      err.flush();
    }
  }

  /** An error: always printed. */
  void error(String message) {
    clearProgress();
    err.println("redline: error: " + printable(message));
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
    line = printable(line);
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

  // Java 17 (our runtime) returns null when standard streams are not a terminal; from Java 22 it never does.
  @SuppressWarnings("SystemConsoleNull")
  private static boolean consoleAttached() {
    return System.console() != null;
  }
}
