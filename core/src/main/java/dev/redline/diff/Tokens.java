package dev.redline.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into the units a word diff compares: footnote markers ({@code [^1]}), numbers with
 * inner separators ({@code 24/7}, {@code 1,000}), words (letters and digits, joined by inner
 * apostrophes, hyphens or dashes: {@code State's}, {@code cyber-dependent}, {@code 7–10}, and a
 * word broken at a line end and left as {@code autho- rities}), runs of white space, and single
 * other characters. In scripts written without spaces, each Han (CJK ideograph), Hiragana and
 * Katakana character is a token of its own, so that one changed character in a Chinese sentence is
 * one changed token. Joining the tokens gives the text back unchanged. Stateless and thread-safe.
 */
public final class Tokens {
  private Tokens() {}

  /**
   * The tokens of the text, in order. A hand-written scanner, not a regular expression, so that it
   * runs in linear time and constant stack on any text (a line of 100,000 {@code [^} or of {@code
   * 1.1.1.} included).
   */
  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = footnoteMarker(text, i);
      if (end < 0) {
        int cp = text.codePointAt(i);
        if (spaceless(cp)) {
          end = i + Character.charCount(cp);
        } else if ((end = number(text, i)) < 0 && (end = word(text, i)) < 0 && (end = space(text, i)) < 0) {
          end = i + (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1);
        }
      }
      tokens.add(text.substring(i, end));
      i = end;
    }
    return tokens;
  }

  /** {@code [^id]}: the end of the marker at {@code i}, or -1. */
  private static int footnoteMarker(String text, int i) {
    if (!text.startsWith("[^", i)) {
      return -1;
    }
    int j = i + 2;
    while (j < text.length() && text.charAt(j) != '[' && text.charAt(j) != ']' && !asciiSpace(text.charAt(j))) {
      j++;
    }
    return j > i + 2 && j < text.length() && text.charAt(j) == ']' ? j + 1 : -1;
  }

  /** Digits with inner separators ({@code 1,000}, {@code 24/7}): the end, or -1. */
  private static int number(String text, int i) {
    int j = digits(text, i);
    if (j == i) {
      return -1;
    }
    int groups = 0;
    while (j < text.length() && ".,/:".indexOf(text.charAt(j)) >= 0) {
      int k = digits(text, j + 1);
      if (k == j + 1) {
        break;
      }
      j = k;
      groups++;
    }
    return groups > 0 ? j : -1;
  }

  private static int digits(String text, int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c < 0x80) {
        if (c >= '0' && c <= '9') {
          j++;
          continue;
        }
        break;
      }
      int cp = text.codePointAt(j);
      if (!isNumber(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /**
   * A word: letters and digits joined by inner apostrophes, hyphens or dashes, or by a hyphen, white
   * space and a lower-case letter (a word broken at a line end, but not {@code and}, {@code or},
   * {@code to}, {@code nor}); the end, or -1.
   */
  private static int word(String text, int i) {
    int j = letters(text, i);
    if (j == i) {
      return -1;
    }
    while (j < text.length()) {
      char c = text.charAt(j);
      if ("'\u2019-\u2010\u2011\u2013\u2014".indexOf(c) >= 0) {
        int k = letters(text, j + 1);
        if (k > j + 1) {
          j = k;
          continue;
        }
      }
      if (c == '-') {
        int k = j + 1;
        while (k < text.length() && (asciiSpace(text.charAt(k)) || text.charAt(k) == '\u00A0')) {
          k++;
        }
        if (k > j + 1 && !conjunction(text, k) && k < text.length() && Character.isLowerCase(text.codePointAt(k))) {
          int m = letters(text, k);
          if (m > k) {
            j = m;
            continue;
          }
        }
      }
      break;
    }
    return j;
  }

  /** Whether {@code and}, {@code or}, {@code to} or {@code nor} stands at {@code k} as a whole word. */
  private static boolean conjunction(String text, int k) {
    for (String w : new String[] {"and", "or", "to", "nor"}) {
      if (text.startsWith(w, k)) {
        int after = k + w.length();
        if (after >= text.length() || !wordChar(text.codePointAt(after))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A character that {@code \b} counts as part of a word. */
  private static boolean wordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static int letters(String text, int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c < 0x80) {
        // ASCII, most of any draft: a letter or a digit continues the word, anything else ends it.
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
          j++;
          continue;
        }
        break;
      }
      int cp = text.codePointAt(j);
      if (!(Character.isLetter(cp) || isNumber(cp) || isMark(cp) || cp == '\u00AD') || spaceless(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /** White space, ASCII or any Unicode separator: the end, or -1. */
  private static int space(String text, int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      int type = Character.getType(c);
      if (!(asciiSpace(c) || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
        break;
      }
      j++;
    }
    return j > i ? j : -1;
  }

  /** White space as {@code \s} means it in a Java regular expression. */
  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Han, Hiragana and Katakana: each character a token of its own. */
  private static boolean spaceless(int cp) {
    if (cp < 0x2E80) {
      return false; // below the CJK radicals no character is Han, Hiragana or Katakana
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
  }
}
