package dev.redline.align;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import java.util.ArrayList;
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
 */
final class ArticleProfile {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*");
  /**
   * A word of a title or division heading, numbers included: in drafts that repeat a block of
   * provisions ({@code Scope 3}, {@code Chapter 3}) the number is what tells the copies apart.
   */
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  final Article article;
  final int index;
  final double position;
  final Map<String, Integer> shingles;
  final Set<String> titleWords;
  final String chapter;
  Map<String, Double> weights = Map.of();
  double norm;

  ArticleProfile(Article article, int index, int count) {
    this.article = article;
    this.index = index;
    this.position = count <= 1 ? 0 : (double) index / (count - 1);
    this.shingles = shingles(article);
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

  void weigh(Map<String, Double> idf) {
    Map<String, Double> w = new HashMap<>();
    double sum = 0;
    for (var e : shingles.entrySet()) {
      double v = e.getValue() * idf.getOrDefault(e.getKey(), 1.0);
      w.put(e.getKey(), v);
      sum += v * v;
    }
    weights = w;
    norm = Math.sqrt(sum);
  }

  double totalWeight() {
    double t = 0;
    for (double v : weights.values()) {
      t += v;
    }
    return t;
  }

  /** The share of this article's weight found in the other: how much of this is contained there. */
  double containedIn(ArticleProfile other) {
    double total = totalWeight();
    if (total == 0) {
      return 0;
    }
    double shared = 0;
    for (var e : weights.entrySet()) {
      Double o = other.weights.get(e.getKey());
      if (o != null) {
        shared += Math.min(e.getValue(), o);
      }
    }
    return shared / total;
  }

  private static Map<String, Integer> shingles(Article article) {
    List<String> tokens = new ArrayList<>();
    article.allClauses().map(Clause::text).forEach(t -> tokens.addAll(words(t)));
    article.footnotes().forEach(f -> tokens.addAll(words(f.text())));
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.size() < 2) {
      tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
      return counts;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      counts.merge(tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
    }
    return counts;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
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

  static String normalise(String text) {
    return String.join(" ", words(text));
  }
}
