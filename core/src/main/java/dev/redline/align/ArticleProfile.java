package dev.redline.align;

import dev.redline.model.Article;
import dev.redline.internal.Sequences;
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
    int[] seen = shingles(article, dictionary);
    Arrays.sort(seen);
    int distinct = 0;
    for (int k = 0; k < seen.length; k++) {
      if (k == 0 || seen[k] != seen[k - 1]) {
        distinct++;
      }
    }
    this.ids = new int[distinct];
    this.counts = new int[distinct];
    int at = -1;
    for (int k = 0; k < seen.length; k++) {
      if (k == 0 || seen[k] != seen[k - 1]) {
        ids[++at] = seen[k];
      }
      counts[at]++;
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

  /** Over the shingles both have: the sum of the products of their weights, or of the lesser weights. */
  private double shared(ArticleProfile other, boolean lesser) {
    double[] mine = weights;
    double[] theirs = other.weights;
    return lesser
        ? Sequences.sumShared(ids, other.ids, (i, j) -> Math.min(mine[i], theirs[j]))
        : Sequences.sumShared(ids, other.ids, (i, j) -> mine[i] * theirs[j]);
  }

  /** The numbers of the article's shingles in reading order: its word pairs, or its one word. */
  private static int[] shingles(Article article, Shingles dictionary) {
    List<String> tokens = new ArrayList<>();
    article.allClauses().map(Clause::text).forEach(t -> tokens.addAll(words(t)));
    article.footnotes().forEach(f -> tokens.addAll(words(f.text())));
    int[] words = new int[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = dictionary.word(tokens.get(i));
    }
    if (words.length < 2) {
      return words.length == 0 ? words : new int[] {dictionary.single(words[0])};
    }
    int[] pairs = new int[words.length - 1];
    for (int i = 0; i + 1 < words.length; i++) {
      pairs[i] = dictionary.pair(words[i], words[i + 1]);
    }
    return pairs;
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
    private static final long EMPTY = Long.MIN_VALUE;
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    /** Shingle keys (first word's number, second's or -1) to shingle numbers: open addressing. */
    private long[] slots = newSlots(1 << 12);
    private int[] slotIds = new int[1 << 12];
    private long[] keys = new long[1 << 10];
    private String[] texts = new String[0];
    private int size;

    /** The number of a word, the same each time the word is met. */
    int word(String word) {
      Integer id = wordIds.get(word);
      if (id == null) {
        id = words.size();
        wordIds.put(word, id);
        words.add(word);
      }
      return id;
    }

    /** The shingle of two words in a row. */
    int pair(int first, int second) {
      return id(((long) first << 32) | (second & 0xffffffffL));
    }

    /** The shingle of an article of one word. */
    int single(int word) {
      return id(((long) word << 32) | 0xffffffffL);
    }

    /** The shingle as text: its words joined by a space. */
    String text(int id) {
      if (texts.length <= id) {
        texts = Arrays.copyOf(texts, Math.max(size, id + 1));
      }
      if (texts[id] == null) {
        long key = keys[id];
        int second = (int) key;
        String first = words.get((int) (key >>> 32));
        texts[id] = second == -1 ? first : first + " " + words.get(second);
      }
      return texts[id];
    }

    int size() {
      return size;
    }

    private int id(long key) {
      int mask = slots.length - 1;
      int slot = (int) (mix(key) & mask);
      while (slots[slot] != EMPTY) {
        if (slots[slot] == key) {
          return slotIds[slot];
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = key;
      slotIds[slot] = size;
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size] = key;
      size++;
      if (2 * size > slots.length) {
        grow();
      }
      return size - 1;
    }

    private void grow() {
      slots = newSlots(slots.length * 2);
      slotIds = new int[slots.length];
      int mask = slots.length - 1;
      for (int id = 0; id < size; id++) {
        int slot = (int) (mix(keys[id]) & mask);
        while (slots[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = keys[id];
        slotIds[slot] = id;
      }
    }

    private static long[] newSlots(int capacity) {
      long[] s = new long[capacity];
      Arrays.fill(s, EMPTY);
      return s;
    }

    private static long mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return h ^ (h >>> 31);
    }
  }
}
