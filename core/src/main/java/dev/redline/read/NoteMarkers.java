package dev.redline.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Footnote markers in the lines a reader hands the {@link StructureRecognizer}: {@code [^1]} cites
 * note 1, as in Markdown, and a backslash in front makes it literal text, as Markdown's {@code
 * \[^1]} does ({@code \\} in front of a marker is a literal backslash, the marker still a
 * marker). The Word and PDF readers write their lines with {@link #encode}, so that a draft whose
 * text holds the characters {@code [^1]} never has them taken for a note; text and Markdown drafts
 * are written in this syntax by hand. Scanners, linear in the line's length; stateless.
 */
final class NoteMarkers {
  /** Where a reader's real reference starts, in the text it passes to {@link #encode}; a Unicode noncharacter. */
  private static final char START = '\uFDD0';
  /** Where a reader's real reference ends. */
  private static final char END = '\uFDD1';

  private NoteMarkers() {}

  /** A piece of a line: literal text, or a marker. */
  sealed interface Piece permits Text, Marker {}

  /** Literal text, escapes removed. */
  record Text(String text) implements Piece {}

  /** A marker citing the note {@code id} ({@code 1} for {@code [^1]}). */
  record Marker(String id) implements Piece {}

  /** A reader's reference to note {@code id}, to put in the text that it then {@link #encode}s. */
  static String reference(String id) {
    return START + id + END;
  }

  /** Source text with the characters {@link #reference} uses taken out, so that no source text can pose as a reference. */
  static String source(String text) {
    return text.indexOf(START) < 0 && text.indexOf(END) < 0 ? text : text.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
  }

  /**
   * A reader's text, its references made with {@link #reference} and everything else literal, as a
   * line in marker syntax: each literal {@code [^} escaped with a backslash, the backslashes just
   * before a literal {@code [^} or a reference doubled.
   */
  static String encode(String text) {
    StringBuilder b = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '\\' && c != '[' && c != START && c != END) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(n + 8).append(text, 0, i);
      }
      int j = i;
      while (j < n && text.charAt(j) == '\\') {
        j++;
      }
      int slashes = j - i;
      if (text.startsWith("[^", j)) {
        b.append("\\".repeat(2 * slashes + 1)).append("[^");
        i = j + 1;
      } else if (j < n && text.charAt(j) == START) {
        b.append("\\".repeat(2 * slashes)).append("[^");
        i = j;
      } else if (j < n && text.charAt(j) == END) {
        b.append("\\".repeat(slashes)).append(']');
        i = j;
      } else {
        b.append(text, i, j + (j < n ? 1 : 0));
        i = j < n ? j : n;
      }
    }
    return b == null ? text : b.toString();
  }

  /** The line as literal text and markers, in order; adjacent text joined. */
  static List<Piece> scan(String line) {
    List<Piece> out = new ArrayList<>();
    if (line.indexOf('[') < 0) {
      if (!line.isEmpty()) {
        out.add(new Text(line));
      }
      return out;
    }
    StringBuilder text = new StringBuilder();
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (c != '\\' && c != '[') {
        text.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && line.charAt(j) == '\\') {
        j++;
      }
      int slashes = j - i;
      if (!line.startsWith("[^", j)) {
        text.append(line, i, j);
        if (j < n) {
          text.append(line.charAt(j));
          j++;
        }
        i = j;
        continue;
      }
      text.append("\\".repeat(slashes / 2));
      int end = slashes % 2 == 0 ? markerEnd(line, j) : -1;
      if (end < 0) {
        text.append("[^");
        i = j + 2;
        continue;
      }
      if (text.length() > 0) {
        out.add(new Text(text.toString()));
        text.setLength(0);
      }
      out.add(new Marker(line.substring(j + 2, end - 1)));
      i = end;
    }
    if (text.length() > 0) {
      out.add(new Text(text.toString()));
    }
    return out;
  }

  /** The line as literal text: escapes removed, markers kept as their characters ({@code [^1]}). */
  static String unescape(String line) {
    if (line.indexOf('[') < 0) {
      return line;
    }
    StringBuilder b = new StringBuilder(line.length());
    for (Piece p : scan(line)) {
      b.append(p instanceof Text t ? t.text() : "[^" + ((Marker) p).id() + "]");
    }
    return b.toString();
  }

  /** Whether the line holds a marker. */
  static boolean hasMarker(String line) {
    return line.indexOf("[^") >= 0 && scan(line).stream().anyMatch(Marker.class::isInstance);
  }

  /** The end (exclusive) of the marker {@code [^id]} at {@code at}: an id of characters other than brackets and white space; -1 if none. */
  private static int markerEnd(String line, int at) {
    int k = at + 2;
    while (k < line.length()) {
      char c = line.charAt(k);
      if (c == ']') {
        return k > at + 2 ? k + 1 : -1;
      }
      if (c == '[' || Character.isWhitespace(c)) {
        return -1;
      }
      k++;
    }
    return -1;
  }
}
