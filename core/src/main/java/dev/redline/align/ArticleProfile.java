package dev.redline.align;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the aligner compares of one article: its body as weighted word shingles, its title words and
 * its relative position. Numbers are left out of the shingles so that renumbered cross-references
 * do not count against a match.
 *
 * <p>Shingles are numbered by the {@link Shingles} of one alignment and kept as parallel arrays
 * sorted by number, so that comparing two articles is a merge of two sorted arrays, not a hash
 * lookup per shingle.
 */
final class ArticleProfile {
  /**
   * A word of a title or division heading, numbers included: in drafts that repeat a block of
   * provisions ({@code Scope 3}, {@code Chapter 3}) the number is what tells the copies apart.
   */
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  final Article article;
  final int index;
  final double position;
  /** The article's shingles by number, ascending. */
  final int[] ids;
  /** How often each shingle of {@link #ids} occurs. */
  final int[] counts;
  final Set<String> titleWords;
  final String chapter;
  /** The weight of each shingle of {@link #ids}, once {@link #weigh} has run. */
  double[] weights = new double[0];
  double norm;
  private double total;

  ArticleProfile(Article article, int index, int count, Shingles dictionary) {
    this.article = article;
    this.index = index;
    this.position = count <= 1 ? 0 : (double) index / (count - 1);
    Map<Integer, Integer> shingles = shingles(article, dictionary);
    this.ids = shingles.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.counts = new int[ids.length];
    for (int k = 0; k < ids.length; k++) {
      counts[k] = shingles.get(ids[k]);
    }
    this.titleWords = new HashSet<>(nameWords(article.title()));
    this.chapter = article.division().map(d -> String.join(" ", nameWords(d.heading()))).orElse("");
  }

  /** The keys under which the title is indexed for candidates: the whole title, then its words. */
  java.util.Collection<String> titleKeys() {
    List<String> keys = new ArrayList<>(titleWords.size() + 1);
    if (!titleWords.isEmpty()) {
      keys.add("title:" + String.join(" ", nameWords(article.title())));
    }
    keys.addAll(titleWords);
    return keys;
  }

  /** Weighs each shingle by its count times its inverse document frequency, {@code idf[id]}. */
  void weigh(double[] idf) {
    double[] w = new double[ids.length];
    double sum = 0;
    double t = 0;
    for (int k = 0; k < ids.length; k++) {
      double v = counts[k] * idf[ids[k]];
      w[k] = v;
      sum += v * v;
      t += v;
    }
    weights = w;
    norm = Math.sqrt(sum);
    total = t;
  }

  double totalWeight() {
    return total;
  }

  /** The weight of the shingle with this number, 0 where the article has none. */
  double weightOf(int id) {
    int k = Arrays.binarySearch(ids, id);
    return k < 0 ? 0 : weights[k];
  }

  /** The sum over shared shingles of the product of their weights. */
  double dot(ArticleProfile other) {
    return shared(other, false);
  }

  /** The share of this article's weight found in the other: how much of this is contained there. */
  double containedIn(ArticleProfile other) {
    return total == 0 ? 0 : shared(other, true) / total;
  }

  /** Over the shingles both have (a merge of the two sorted arrays): the sum of the products of their weights, or of the lesser weights. */
  private double shared(ArticleProfile other, boolean lesser) {
    int[] a = ids;
    int[] b = other.ids;
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        double x = weights[i++];
        double y = other.weights[j++];
        sum += lesser ? Math.min(x, y) : x * y;
      }
    }
    return sum;
  }

  private static Map<Integer, Integer> shingles(Article article, Shingles dictionary) {
    List<String> tokens = new ArrayList<>();
    article.allClauses().map(Clause::text).forEach(t -> tokens.addAll(words(t)));
    article.footnotes().forEach(f -> tokens.addAll(words(f.text())));
    Map<Integer, Integer> counts = new HashMap<>();
    if (tokens.size() < 2) {
      tokens.forEach(t -> counts.merge(dictionary.id(t), 1, Integer::sum));
      return counts;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      counts.merge(dictionary.id(tokens.get(i) + " " + tokens.get(i + 1)), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * The words of a text in lower case: a letter, then letters, numbers, apostrophes and hyphens,
   * as {@code [\p{L}][\p{L}\p{N}'’-]*} finds them; a scanner, not a regular expression.
   */
  static List<String> words(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int j = i + Character.charCount(cp);
      while (j < n) {
        int c = s.codePointAt(j);
        if (!(Character.isLetter(c) || isNumber(c) || c == '\'' || c == '’' || c == '-')) {
          break;
        }
        j += Character.charCount(c);
      }
      words.add(s.substring(i, j));
      i = j;
    }
    return words;
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The words of a title or heading, numbers included, in lower case. */
  static List<String> nameWords(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = NAME_WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Numbers the shingles of one alignment, in the order they are first seen. One per alignment; not thread-safe. */
  static final class Shingles {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    int id(String shingle) {
      Integer id = ids.get(shingle);
      if (id == null) {
        id = texts.size();
        ids.put(shingle, id);
        texts.add(shingle);
      }
      return id;
    }

    String text(int id) {
      return texts.get(id);
    }

    int size() {
      return texts.size();
    }
  }
}
