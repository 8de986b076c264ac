package dev.redline.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the numbers in a line's tokens that are cross-references: the article numbers in {@code
 * article 17}, {@code articles 24 to 29}, {@code articles 7-10}, {@code articles 43 and 44}, and the
 * paragraph numbers in {@code article 40, paragraph 22}, {@code paragraph 3 of article 21} and
 * {@code paragraph 2 of this article} (or {@code paragraph 2} alone: the article the line is in).
 * English wording only. Stateless and thread-safe.
 */
final class References {
  /** What a number in a line refers to. */
  enum Target {
    ARTICLE,
    PARAGRAPH
  }

  /**
   * A number that is a cross-reference.
   *
   * @param target what it numbers
   * @param article for a paragraph, the number of the article named with it; null for the article
   *     the line stands in
   */
  record Reference(Target target, String article) {}

  /**
   * A run of tokens naming articles: from {@code article} or {@code articles} to its last number,
   * as in {@code articles 24 and 25} or {@code article 17}.
   *
   * @param start the index of the keyword
   * @param end the index of the last number
   * @param numbers the article numbers named, ranges by their two ends ({@code 7-10} as 7 and 10)
   */
  record Expression(int start, int end, List<String> numbers) {
    boolean covers(int index) {
      return index >= start && index <= end;
    }
  }

  /** The runs of tokens that name articles, in order. */
  static List<Expression> articleExpressions(List<String> tokens) {
    Reference[] refs = of(tokens);
    List<Expression> expressions = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (!ARTICLE_WORDS.contains(tokens.get(k).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<String> numbers = new ArrayList<>();
      int end = -1;
      for (int t = k + 1; t < tokens.size(); t++) {
        String token = tokens.get(t);
        if (refs[t] != null && refs[t].target() == Target.ARTICLE) {
          numbers.addAll(List.of(token.split("[-‐‑–—]")));
          end = t;
        } else if (!TokenStyle.isSpace(token) && !CONNECTORS.contains(token.toLowerCase(Locale.ROOT))) {
          break;
        }
      }
      if (end > 0) {
        expressions.add(new Expression(k, end, List.copyOf(numbers)));
        k = end;
      }
    }
    return expressions;
  }

  /** Whether the token is one a reference to articles is written with: a keyword, a number or a connector. */
  static boolean isReferenceWord(String token) {
    String word = token.toLowerCase(Locale.ROOT);
    return ARTICLE_WORDS.contains(word) || CONNECTORS.contains(word) || TokenStyle.isNumber(token) || TokenStyle.isSpace(token);
  }

  private static final Set<String> ARTICLE_WORDS = Set.of("article", "articles", "art");
  private static final Set<String> PARAGRAPH_WORDS = Set.of("paragraph", "paragraphs", "para", "paras");
  private static final Set<String> CONNECTORS =
      Set.of(",", "and", "or", "to", "through", "-", "–", "—", "bis", "ter", "quater", "(", ")");

  private References() {}

  /** For each token, the reference it is, or null where it is none. */
  static Reference[] of(List<String> tokens) {
    Reference[] refs = new Reference[tokens.size()];
    Target mode = null;
    String lastArticle = null; // the last article number, while only commas and space follow it
    String paragraphArticle = null;
    List<Integer> pending = new ArrayList<>(); // paragraph numbers whose article may still be named
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (TokenStyle.isSpace(t)) {
        continue;
      }
      String word = t.toLowerCase(Locale.ROOT);
      if (ARTICLE_WORDS.contains(word)) {
        mode = Target.ARTICLE;
        lastArticle = null;
        continue;
      }
      if (PARAGRAPH_WORDS.contains(word)) {
        paragraphArticle = lastArticle;
        mode = Target.PARAGRAPH;
        lastArticle = null;
        continue;
      }
      if (mode != null && TokenStyle.isNumber(t)) {
        if (mode == Target.ARTICLE) {
          refs[k] = new Reference(Target.ARTICLE, null);
          lastArticle = t;
        } else {
          refs[k] = new Reference(Target.PARAGRAPH, paragraphArticle);
          if (paragraphArticle == null) {
            pending.add(k);
          }
        }
        continue;
      }
      if (mode == Target.PARAGRAPH && word.equals("of")) {
        int next = nextWord(tokens, k + 1);
        String following = next < 0 ? "" : tokens.get(next).toLowerCase(Locale.ROOT);
        if (following.equals("this") || following.equals("the") && isArticleWord(tokens, nextWord(tokens, next + 1))) {
          pending.clear(); // "of this article": the article the line stands in
          mode = null;
          continue;
        }
        if (ARTICLE_WORDS.contains(following)) {
          int number = nextWord(tokens, next + 1);
          if (number >= 0 && TokenStyle.isNumber(tokens.get(number))) {
            for (int p : pending) {
              refs[p] = new Reference(Target.PARAGRAPH, tokens.get(number));
            }
          }
          pending.clear();
          mode = null;
          continue;
        }
        for (int p : pending) {
          refs[p] = null; // a paragraph of some other instrument
        }
        pending.clear();
        mode = null;
        continue;
      }
      if (mode != null && (CONNECTORS.contains(word) || isSubdivision(tokens, k))) {
        if (!t.equals(",")) {
          lastArticle = null;
        }
        continue;
      }
      mode = null;
      lastArticle = null;
      pending.clear();
    }
    return refs;
  }

  private static boolean isArticleWord(List<String> tokens, int k) {
    return k >= 0 && ARTICLE_WORDS.contains(tokens.get(k).toLowerCase(Locale.ROOT));
  }

  /** A letter or roman numeral in parentheses after a paragraph number: {@code (a)}, {@code (iv)}. */
  private static boolean isSubdivision(List<String> tokens, int k) {
    return k > 0 && tokens.get(k - 1).equals("(") && tokens.get(k).matches("[a-z]{1,4}");
  }

  private static int nextWord(List<String> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (!TokenStyle.isSpace(tokens.get(k))) {
        return k;
      }
    }
    return -1;
  }
}
