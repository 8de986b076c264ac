package dev.redline.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into the units a word diff compares: footnote markers ({@code [^1]}), words (letters
 * and digits, with inner apostrophes and hyphens), runs of white space, and single other
 * characters. Joining the tokens gives the text back unchanged.
 */
public final class Tokens {
  private static final Pattern TOKEN =
      Pattern.compile("\\[\\^[^\\]\\s]+\\]|[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.", Pattern.DOTALL);

  private Tokens() {}

  /** The tokens of the text, in order. */
  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
