package dev.redline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts words the way a reader does: runs of letters and digits, never footnote markers. */
final class Words {
  private static final Pattern MARKER = Pattern.compile("\\[\\^[^\\[\\]\\s]++\\]");
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}\\u00AD]+(?:(?:['’\\-‐‑–—]|(?<=\\p{N})[.,/:](?=\\p{N}))[\\p{L}\\p{N}\\p{M}\\u00AD]+)*");

  private Words() {}

  /** How many words the text holds: {@code Secretary-General}, {@code 24/7} and {@code State's} are one each. */
  static int count(String text) {
    Matcher m = WORD.matcher(MARKER.matcher(text).replaceAll(" "));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The words of the text in reading order, as {@link #count(String)} counts them, in lower case. */
  static List<String> of(String text) {
    Matcher m = WORD.matcher(MARKER.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT));
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** How many opening square brackets the text holds, footnote markers left out. */
  static int openingBrackets(String text) {
    String plain = MARKER.matcher(text).replaceAll(" ");
    return (int) plain.chars().filter(c -> c == '[').count();
  }

  /** How many closing square brackets the text holds, footnote markers left out. */
  static int closingBrackets(String text) {
    String plain = MARKER.matcher(text).replaceAll(" ");
    return (int) plain.chars().filter(c -> c == ']').count();
  }
}
