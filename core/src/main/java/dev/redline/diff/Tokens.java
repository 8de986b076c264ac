package dev.redline.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final String SPACELESS = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}";
  private static final String W = "[\\p{L}\\p{N}\\p{M}\\u00AD&&[^" + SPACELESS + "]]";
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\[\\^[^\\]\\s]+\\]"
              + "|[" + SPACELESS + "]"
              + "|\\p{N}+(?:[.,/:]\\p{N}+)+"
              + "|" + W + "+(?:['’\\-‐‑–—]" + W + "+|-[\\s\\u00A0]+(?!(?:and|or|to|nor)\\b)(?=\\p{Ll})" + W + "+)*"
              + "|[\\s\\p{Z}]+"
              + "|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|.",
          Pattern.DOTALL);

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
