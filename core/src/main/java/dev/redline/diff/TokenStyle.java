package dev.redline.diff;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a token is, and when two tokens are the same for a reader: the same word written with other
 * white space, quote or dash style, or with a hyphen left where it was broken at a line end, is the
 * same word; the same word with other capitals, accents or a British or American spelling is an
 * editorial variant of it. Stateless and thread-safe.
 *
 * <p>Line-end hyphenation cannot be told from a hyphenated spelling without a dictionary, so a
 * hyphen between letters that the other draft leaves out ({@code co-operation} against {@code
 * cooperation}) is never reported.
 */
final class TokenStyle {
  private static final Pattern MARKER = Pattern.compile("\\[\\^[^\\[\\]\\s]++\\]");
  private static final Pattern NUMBER = Pattern.compile("\\p{N}+(?:[-‐‑–—]\\p{N}+)?");
  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
  private static final Pattern LEFTOVER = Pattern.compile("-[\\s\\u00A0]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Spelling variants, applied to a lower-case word without accents: British to American. */
  private static final List<Rule> SPELLING =
      List.of(
          new Rule("(?<=\\p{L}{3})is(e|es|ed|ing|er|ers|ation|ations)$", "iz$1"),
          new Rule("(?<=\\p{L}{2})ys(e|es|ed|ing)$", "yz$1"),
          new Rule("(?<=\\p{L}{3})our(s|ed|ing|able|ably|ite|ites|ful|less)?$", "or$1"),
          new Rule("(?<=\\p{L}{3})enc(e|es)$", "ens$1"),
          new Rule("(?<=\\p{L}{2})([tb])re(s)?$", "$1er$2"),
          new Rule("(?<=\\p{L})ell(ed|ing|er|ers|or|ors)$", "el$1"),
          new Rule("gramme(s)?$", "gram$1"),
          new Rule("dgement(s)?$", "dgment$1"),
          new Rule("(?<=\\p{L}{3})ogue(s)?$", "og$1"));

  private record Rule(Pattern pattern, String replacement) {
    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }

    String apply(String word) {
      return pattern.matcher(word).replaceAll(replacement);
    }
  }

  private TokenStyle() {}

  /** Whether the token is white space alone, as {@code [\s\p{Z}]+} says, without a regular expression. */
  static boolean isSpace(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == ' ') {
        continue;
      }
      int type = Character.getType(c);
      if (!(c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
        return false;
      }
    }
    return true;
  }

  static boolean isMarker(String token) {
    return MARKER.matcher(token).matches();
  }

  /** A marker token's number or name: {@code 1} for {@code [^1]}. */
  static String markerName(String token) {
    return token.substring(2, token.length() - 1);
  }

  static boolean isBracket(String token) {
    return token.equals("[") || token.equals("]");
  }

  /** Whether the token is a word or a number. */
  static boolean isWord(String token) {
    int c = token.codePointAt(0);
    return Character.isLetterOrDigit(c) || c == '\u00AD' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Whether the token is a number or a range of numbers, such as {@code 17} or {@code 7-10}. */
  static boolean isNumber(String token) {
    return NUMBER.matcher(token).matches();
  }

  /** Whether the token is a punctuation mark: neither space, word, marker nor square bracket. */
  static boolean isPunctuation(String token) {
    return !isSpace(token) && !isWord(token) && !isMarker(token) && !isBracket(token);
  }

  /** The token with quotes, dashes, soft hyphens and line-end hyphenation in one style. */
  static String plain(String token) {
    if (isSpace(token)) {
      return " ";
    }
    if (isPlainAscii(token)) {
      return token;
    }
    StringBuilder b = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      switch (c) {
        case '\u00AD' -> {}
        case '“', '”', '„', '‟', '«', '»', '″', '〝', '〞' -> b.append('"');
        case '‘', '’', '‚', '‛', '′' -> b.append('\'');
        case '‐', '‑', '‒', '–', '—', '―', '−' -> b.append('-');
        default -> b.append(c);
      }
    }
    return LEFTOVER.matcher(b).replaceAll("-");
  }

  /** Whether the token is ASCII without white space or hyphens: nothing for {@link #plain} to change. */
  private static boolean isPlainAscii(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 0x80 || c <= ' ' || c == '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether a reader sees the same token in both: white space, quote and dash style and hyphenation aside. */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (isSpace(a) || isSpace(b)) {
      return isSpace(a) && isSpace(b);
    }
    String x = plain(a);
    String y = plain(b);
    if (x.equals(y)) {
      return true;
    }
    return isWord(a) && isWord(b) && dehyphen(x).equals(dehyphen(y));
  }

  private static String dehyphen(String word) {
    return word.indexOf('-') < 0 ? word : INNER_HYPHEN.matcher(word).replaceAll("");
  }

  /**
   * The word as an editor would file it: lower case, without accents, in one spelling, so that
   * {@code Organisation} and {@code organization} give the same key.
   */
  static String editorialKey(String word) {
    String cached = EDITORIAL_KEYS.get(word);
    if (cached != null) {
      return cached;
    }
    String key = computeEditorialKey(word);
    if (EDITORIAL_KEYS.size() > MAX_CACHED_KEYS) {
      EDITORIAL_KEYS.clear();
    }
    EDITORIAL_KEYS.put(word, key);
    return key;
  }

  /** Keys already worked out: a draft has a few thousand distinct words, each seen many times. */
  private static final java.util.Map<String, String> EDITORIAL_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_KEYS = 200_000;

  private static String computeEditorialKey(String word) {
    String key = dehyphen(plain(word)).toLowerCase(Locale.ROOT);
    key = MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
    for (Rule rule : SPELLING) {
      key = rule.apply(key);
    }
    return key;
  }

  /** A key for a whole line: equal for lines that differ only in white space, quotes, dashes and hyphenation. */
  static String lineKey(String text) {
    return lineKey(Tokens.of(text));
  }

  /** {@link #lineKey(String)} of a line already cut into tokens. */
  static String lineKey(List<String> tokens) {
    return tokens.stream()
        .filter(t -> !isSpace(t))
        .map(t -> isWord(t) ? dehyphen(plain(t)) : plain(t))
        .collect(Collectors.joining(" "));
  }

  /** The words of a line by their editorial keys, in order: what two lines are compared on for likeness. */
  static List<String> wordKeys(String text) {
    return wordKeys(Tokens.of(text));
  }

  /** {@link #wordKeys(String)} of a line already cut into tokens. */
  static List<String> wordKeys(List<String> tokens) {
    return tokens.stream().filter(TokenStyle::isWord).map(TokenStyle::editorialKey).toList();
  }
}
