package dev.redline.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels that start numbered paragraphs and subparagraphs: {@code 1.}, German {@code (1)} and
 * Chinese {@code 一、}; {@code (a)} and {@code a)}, Cyrillic {@code а)} or {@code (а)}, Arabic letters
 * {@code (أ)}, Chinese {@code （一）}.
 * A label is kept as printed, without its brackets or punctuation. Stateless and thread-safe.
 */
final class Labels {
  /** A labelled line: the label as printed, the text after it, and whether the label is a Latin letter or roman item. */
  record Labelled(String label, String text, boolean latin) {}

  private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$|^\\((\\d{1,3})\\)\\s+(\\S.*)$");
  private static final Pattern HAN_PARAGRAPH = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(\\S.*)$");
  private static final Pattern LETTERED = Pattern.compile("^\\(([a-z]{1,3})\\)\\s+(\\S.*)$|^([a-z])\\)\\s+(\\S.*)$");
  private static final Pattern OTHER_LETTERED =
      Pattern.compile(
          "^(?:\\(?([а-яё])\\)|\\(([\\u0621-\\u064A]{1,2})\\)|[（(]([一二三四五六七八九十]{1,3})[）)])[\\s\\u3000]*(\\S.*)$");

  private Labels() {}

  /** The numbered paragraph the line starts, if any: {@code 1.} or {@code 一、}. */
  static Optional<Labelled> paragraph(String line) {
    Matcher m = PARAGRAPH.matcher(line);
    if (m.matches()) {
      return Optional.of(m.group(1) != null
          ? new Labelled(m.group(1), m.group(2), true)
          : new Labelled(m.group(3), m.group(4), true));
    }
    m = HAN_PARAGRAPH.matcher(line);
    return m.matches() ? Optional.of(new Labelled(m.group(1), m.group(2), false)) : Optional.empty();
  }

  /** The lettered subparagraph (or roman item) the line starts, if any. */
  static Optional<Labelled> lettered(String line) {
    Matcher m = LETTERED.matcher(line);
    if (m.matches()) {
      return Optional.of(m.group(1) != null
          ? new Labelled(m.group(1), m.group(2), true)
          : new Labelled(m.group(3), m.group(4), true));
    }
    m = OTHER_LETTERED.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    if (m.group(1) != null && !Character.isWhitespace(line.charAt(line.indexOf(')') + 1))) {
      return Optional.empty(); // Cyrillic а) must be followed by a space: "в)" may open a word
    }
    return Optional.of(new Labelled(label, m.group(4), false));
  }

  /** Whether the line starts with a paragraph or subparagraph label. */
  static boolean isLabelled(String line) {
    return paragraph(line).isPresent() || lettered(line).isPresent();
  }
}
