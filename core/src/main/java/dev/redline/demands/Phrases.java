package dev.redline.demands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrase matching that a reader would accept: case, punctuation, brackets, line breaks and common
 * English word endings do not matter ("intentional", "intentionally" and "intent" match each
 * other). A phrase matches where its words occur one after another.
 */
final class Phrases {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Phrases() {}

  /** The text as a list of word stems. */
  static List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      stems.add(stem(m.group()));
    }
    return stems;
  }

  /** Whether the phrase's stems occur consecutively in the text's stems. */
  static boolean contains(List<String> text, String phrase) {
    List<String> p = stems(phrase);
    if (p.isEmpty()) {
      return false;
    }
    outer:
    for (int i = 0; i + p.size() <= text.size(); i++) {
      for (int k = 0; k < p.size(); k++) {
        if (!text.get(i + k).equals(p.get(k))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** A light English stemmer: strips common endings, at most three times, keeping four letters. */
  static String stem(String word) {
    String s = word;
    for (int round = 0; round < 3; round++) {
      String before = s;
      if (s.endsWith("ally") && s.length() > 7) {
        s = s.substring(0, s.length() - 2); // intentionally -> intentional
      } else if (s.endsWith("ional") && s.length() > 7) {
        s = s.substring(0, s.length() - 2); // intentional -> intention
      } else if (s.endsWith("ions") && s.length() > 7) {
        s = s.substring(0, s.length() - 1);
      } else if (s.endsWith("ion") && s.length() > 7) {
        s = s.substring(0, s.length() - 3); // intention -> intent
      } else if (s.endsWith("ings") && s.length() > 6) {
        s = s.substring(0, s.length() - 4);
      } else if (s.endsWith("ing") && s.length() > 5) {
        s = undouble(s.substring(0, s.length() - 3));
      } else if (s.endsWith("edly") && s.length() > 6) {
        s = s.substring(0, s.length() - 4);
      } else if (s.endsWith("ed") && s.length() > 4) {
        s = undouble(s.substring(0, s.length() - 2));
      } else if (s.endsWith("ies") && s.length() > 4) {
        s = s.substring(0, s.length() - 3) + "y";
      } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && s.length() > 3) {
        s = s.substring(0, s.length() - 1);
      } else if (s.endsWith("ly") && s.length() > 5) {
        s = s.substring(0, s.length() - 2);
      }
      if (s.equals(before)) {
        break;
      }
    }
    return s;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
        && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1); // transferred -> transferr -> transfer
    }
    return s;
  }
}
