package dev.redline.read;

import dev.redline.model.Format;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import java.util.ArrayList;
import java.util.List;

/**
 * The formats a reader found over the visible characters of a source in reading order (white space
 * left out), so that the structure recognizer can give the runs of a clause or title their formats
 * after it has cut labels, joined lines and mended hyphenation. Formats are kept per run, neighbours
 * set alike being one run: a draft of millions of characters holds one format for each change of
 * format, not one for each character.
 *
 * <p>A text is placed by finding its visible characters in the stream, near where the text placed
 * before it ended (texts are placed in reading order), else near the start; a text that cannot be
 * found there stays plain. White space takes the format of the characters on both sides where they agree,
 * else plain. Not thread-safe: one per reading.
 */
final class FormatStream {
  /** A stream that knows no formats: every text stays as it is. */
  static FormatStream none() {
    return new FormatStream();
  }

  /** An empty stream. */
  FormatStream() {
    this(16);
  }

  /**
   * An empty stream with room for this many visible characters, so that a reader that knows its
   * source's length (an upper bound) fills it without copying it as it grows.
   */
  FormatStream(int characters) {
    visible = new StringBuilder(characters);
  }

  /** How far past the last placed text a text is looked for, in visible characters. */
  private static final int WINDOW = 20_000;

  private final StringBuilder visible;
  /** Where each run starts in {@link #visible}, ascending; the first at 0 once a character is added. */
  private int[] runStarts = new int[16];
  /** Each run's format, one for each of the first {@link #runs} starts. */
  private final List<Format> runFormats = new ArrayList<>();
  private int runs;
  private boolean formatted;
  private int cursor;

  /**
   * Where the key stands from this offset on, looking no further than a window past it (texts are
   * placed near where the last one ended), so that a text the reader changed (a mended hyphen)
   * costs a window's search, not the whole source's; -1 where it is not found.
   */
  private int find(String key, int from) {
    int last = Math.min(visible.length() - key.length(), from + WINDOW + key.length());
    char first = key.charAt(0);
    for (int i = from; i <= last; i++) {
      if (visible.charAt(i) == first && matches(i, key)) {
        return i;
      }
    }
    return -1;
  }

  private boolean matches(int at, String key) {
    for (int k = 1; k < key.length(); k++) {
      if (visible.charAt(at + k) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Adds a run's text, set in this format. */
  void add(String text, Format format) {
    int before = visible.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        visible.append(c);
      }
    }
    if (visible.length() > before && (runs == 0 || !runFormats.get(runs - 1).equals(format))) {
      if (runs == runStarts.length) {
        runStarts = java.util.Arrays.copyOf(runStarts, runs * 2);
      }
      runStarts[runs++] = before;
      runFormats.add(format);
    }
    formatted |= !format.equals(Format.PLAIN) && !text.isBlank();
  }

  /** The run that holds the visible character at this offset: the last to start at or before it. */
  private int runAt(int offset) {
    int found = java.util.Arrays.binarySearch(runStarts, 0, runs, offset);
    return found >= 0 ? found : -found - 2;
  }

  /** The text with its runs cut where the format changes; references stay as they are. */
  InlineText apply(InlineText text) {
    if (!formatted || text.parts().isEmpty()) {
      return text;
    }
    String plain = text.plain();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        key.append(c);
      }
    }
    if (key.length() == 0) {
      return text;
    }
    int at = find(key.toString(), cursor);
    if (at < 0 && cursor > 0) {
      at = find(key.toString(), 0);
    }
    if (at < 0) {
      return text;
    }
    cursor = at + key.length();
    Format[] each = new Format[plain.length()];
    int k = at;
    int run = runAt(at);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        while (run + 1 < runs && runStarts[run + 1] <= k) {
          run++;
        }
        each[i] = runFormats.get(run);
        k++;
      }
    }
    for (int i = 0; i < each.length; i++) {
      if (each[i] == null) {
        int j = i;
        while (j < each.length && each[j] == null) {
          j++;
        }
        Format before = i > 0 ? each[i - 1] : null;
        Format after = j < each.length ? each[j] : null;
        Format fill = before != null && before.equals(after) ? before : Format.PLAIN;
        for (int x = i; x < j; x++) {
          each[x] = fill;
        }
        i = j - 1;
      }
    }
    List<Inline> out = new ArrayList<>();
    int offset = 0;
    for (Inline part : text.parts()) {
      int length = part.plain().length();
      if (part instanceof Inline.Run) {
        int start = offset;
        for (int i = offset + 1; i <= offset + length; i++) {
          if (i == offset + length || !each[i].equals(each[start])) {
            out.add(new Inline.Run(plain.substring(start, i), each[start]));
            start = i;
          }
        }
      } else {
        out.add(part);
      }
      offset += length;
    }
    return new InlineText(out);
  }
}
