package dev.redline.diff;

import dev.redline.internal.Sequences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Pairs the lines of two lists (clauses, recitals, footnotes): which old line is which new line,
 * which moved, which are new and which are gone. Stateless and thread-safe.
 *
 * <ol>
 *   <li>Lines that keep their order are paired so that the paired text is as long as possible: a
 *       line equal to its counterpart but for white space, quotes, dashes and hyphenation weighs
 *       twice its length in words, a line sharing at least {@value #SIMILAR} of its words (Dice,
 *       compared on editorial keys) weighs that share of its length. So where two paragraphs
 *       changed places, the longer keeps its place; at equal length, the earlier.
 *   <li>Of the lines left over, an old and a new line are the same line moved when they are equal
 *       but for style, or the same words but for capitals, spelling and punctuation, or share at
 *       least {@value #MOVED} of their words and have at least {@value #MOVED_WORDS} words each.
 *   <li>Of the lines still left between two pairs, an old and a new line with the same kind and the
 *       same non-empty label are the same line rewritten in its place.
 * </ol>
 *
 * <p>A table ({@link #TABLE}) pairs only with a table, and never moves.
 */
final class LineAligner {
  /** Lines in order sharing at least this share of their words (Dice) are the same line, edited. */
  static final double SIMILAR = 0.4;
  /** Lines out of order sharing at least this share of their words are the same line, moved. */
  static final double MOVED = 0.6;
  /** A line moved with edits needs at least this many words on each side. */
  static final int MOVED_WORDS = 4;
  /** Lines in unrelated articles sharing at least this share of their words are the same line, moved. */
  static final double FAR = 0.8;
  /** A line moved between unrelated articles needs at least this many words on each side. */
  static final int FAR_WORDS = 8;
  private static final double EPSILON = 1e-9;
  /** The kind of an item that is a whole table. */
  static final String TABLE = "TABLE";

  /**
   * A line to pair: what it is (a clause kind, or {@code FOOTNOTE}; compared for rewrites in place),
   * its label ({@code (a)}, {@code 2.}; empty where none) and its text without the label. Its
   * {@link Profile} is worked out once, on first use, however many pairings the line takes part in.
   */
  static final class Item {
    private final String kind;
    private final String label;
    private final String text;
    private final Map<String, Integer> numbers;
    private Profile profile;

    /** A line whose words are numbered by {@code numbers}, shared by every line it is compared with. */
    Item(String kind, String label, String text, Map<String, Integer> numbers) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.label = Objects.requireNonNull(label, "label");
      this.text = Objects.requireNonNull(text, "text");
      this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    String kind() {
      return kind;
    }

    String label() {
      return label;
    }

    String text() {
      return text;
    }

    Profile profile() {
      if (profile == null) {
        profile = new Profile(text, numbers, kind.equals(TABLE));
      }
      return profile;
    }
  }

  /** One step in reading order: an old index, a new index, or both; -1 where absent. */
  record Step(int oldIndex, int newIndex) {}

  /**
   * The pairing.
   *
   * @param steps every old and new line once, in reading order; a moved line appears as an old-only
   *     step where it stood and a new-only step where it went
   * @param moves the moved lines, old index to new index
   */
  record Result(List<Step> steps, Map<Integer, Integer> moves) {
    Result {
      steps = List.copyOf(steps);
      moves = Map.copyOf(moves);
    }
  }

  private LineAligner() {}

  /** Pairs the lines, finding moves and rewrites in place. */
  static Result align(List<Item> olds, List<Item> news) {
    return align(olds, news, true, true);
  }

  /**
   * Pairs the lines.
   *
   * @param findMoves whether to look for lines moved out of order (step 2)
   * @param inPlace whether to pair lines left between two pairs by kind and label (step 3)
   */
  static Result align(List<Item> olds, List<Item> news, boolean findMoves, boolean inPlace) {
    int n = olds.size();
    int m = news.size();
    Profile[] a = olds.stream().map(Item::profile).toArray(Profile[]::new);
    Profile[] b = news.stream().map(Item::profile).toArray(Profile[]::new);
    double[][] weight = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        weight[i][j] = inOrderWeight(a[i], b[j]);
      }
    }
    double[][] best = new double[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        double v = Math.max(best[i + 1][j], best[i][j + 1]);
        if (!Double.isNaN(weight[i][j])) {
          v = Math.max(v, weight[i][j] + best[i + 1][j + 1]);
        }
        best[i][j] = v;
      }
    }
    TreeMap<Integer, Integer> pairs = new TreeMap<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (!Double.isNaN(weight[i][j]) && weight[i][j] + best[i + 1][j + 1] >= best[i][j] - EPSILON) {
        pairs.put(i++, j++);
      } else if (best[i][j + 1] >= best[i][j] - EPSILON) {
        j++; // leaving the new line out keeps the earlier old line in place
      } else {
        i++;
      }
    }

    Set<Integer> pairedNew = new HashSet<>(pairs.values());
    Map<Integer, Integer> moves = findMoves ? moves(a, b, pairs.keySet(), pairedNew) : Map.of();
    Set<Integer> movedNew = new HashSet<>(moves.values());
    if (inPlace) {
      rewritesInPlace(olds, news, pairs, moves.keySet(), movedNew);
    }

    List<Step> steps = new ArrayList<>();
    int nextOld = 0;
    int nextNew = 0;
    for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
      while (nextOld < pair.getKey()) {
        steps.add(new Step(nextOld++, -1));
      }
      while (nextNew < pair.getValue()) {
        steps.add(new Step(-1, nextNew++));
      }
      steps.add(new Step(nextOld++, nextNew++));
    }
    while (nextOld < n) {
      steps.add(new Step(nextOld++, -1));
    }
    while (nextNew < m) {
      steps.add(new Step(-1, nextNew++));
    }
    return new Result(steps, moves);
  }

  /** The weight of pairing two lines in order, or NaN where they are not the same line. */
  private static double inOrderWeight(Profile x, Profile y) {
    if (x.table != y.table) {
      return Double.NaN;
    }
    double size = (x.words.size() + y.words.size()) / 2.0 + 1;
    if (x.key.equals(y.key)) {
      return 2 * size;
    }
    double s = similarity(x, y);
    return s >= SIMILAR ? s * size : Double.NaN;
  }

  private static Map<Integer, Integer> moves(Profile[] a, Profile[] b, Set<Integer> pairedOld, Set<Integer> pairedNew) {
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (pairedOld.contains(i)) {
        continue;
      }
      for (int j = 0; j < b.length; j++) {
        if (pairedNew.contains(j)) {
          continue;
        }
        double score = moveScore(a[i], b[j]);
        if (score > 0) {
          candidates.add(new double[] {score, i, j});
        }
      }
    }
    return greedy(candidates);
  }

  /**
   * Pairs lines that moved far, between articles that are not otherwise related: only lines equal
   * but for style, or sharing at least {@value #FAR} of their words, with at least {@value
   * #FAR_WORDS} words each, so that the boilerplate many articles share does not pair.
   *
   * @return old index to new index
   */
  static Map<Integer, Integer> farMoves(List<Item> olds, List<Item> news) {
    Profile[] a = olds.stream().map(Item::profile).toArray(Profile[]::new);
    Profile[] b = news.stream().map(Item::profile).toArray(Profile[]::new);
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (a[i].words.size() < FAR_WORDS || b[j].words.size() < FAR_WORDS || a[i].table || b[j].table) {
          continue;
        }
        double score = a[i].key.equals(b[j].key) ? 2 : similarity(a[i], b[j]);
        if (score >= FAR) {
          candidates.add(new double[] {score, i, j});
        }
      }
    }
    return greedy(candidates);
  }

  private static Map<Integer, Integer> greedy(List<double[]> candidates) {
    candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    Map<Integer, Integer> moves = new HashMap<>();
    Set<Integer> taken = new HashSet<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!moves.containsKey(i) && !taken.contains(j)) {
        moves.put(i, j);
        taken.add(j);
      }
    }
    return moves;
  }

  private static double moveScore(Profile x, Profile y) {
    if (x.key.isEmpty() && y.key.isEmpty() || x.table || y.table) {
      return 0;
    }
    if (x.key.equals(y.key)) {
      return 3;
    }
    if (!x.words.isEmpty() && x.words.equals(y.words)) {
      return 2;
    }
    double s = similarity(x, y);
    return s >= MOVED && x.words.size() >= MOVED_WORDS && y.words.size() >= MOVED_WORDS ? s : 0;
  }

  /** Pairs, between two pairs, the lines left over that have the same kind and the same label. */
  private static void rewritesInPlace(
      List<Item> olds, List<Item> news, NavigableMap<Integer, Integer> pairs, Set<Integer> movedOld, Set<Integer> movedNew) {
    List<int[]> gaps = new ArrayList<>();
    int oldFrom = 0;
    int newFrom = 0;
    for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
      gaps.add(new int[] {oldFrom, pair.getKey(), newFrom, pair.getValue()});
      oldFrom = pair.getKey() + 1;
      newFrom = pair.getValue() + 1;
    }
    gaps.add(new int[] {oldFrom, olds.size(), newFrom, news.size()});
    for (int[] gap : gaps) {
      int nextNew = gap[2];
      for (int i = gap[0]; i < gap[1]; i++) {
        if (movedOld.contains(i) || olds.get(i).label().isEmpty()) {
          continue;
        }
        for (int j = nextNew; j < gap[3]; j++) {
          if (!movedNew.contains(j)
              && news.get(j).kind().equals(olds.get(i).kind())
              && news.get(j).label().equals(olds.get(i).label())) {
            pairs.put(i, j);
            nextNew = j + 1;
            break;
          }
        }
      }
    }
  }

  /** The Dice coefficient of the two lines' sets of words: a merge of their sorted word numbers. */
  static double similarity(Profile x, Profile y) {
    int[] a = x.set;
    int[] b = y.set;
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    return 2.0 * Sequences.sumShared(a, b, (i, j) -> 1) / (a.length + b.length);
  }

  /**
   * What the aligner compares of a line: its style-free key, its words by editorial key and the set
   * of those words, numbered by the {@code numbers} of the comparison and sorted.
   */
  static final class Profile {
    final String key;
    final List<String> words;
    final int[] set;
    final boolean table;

    Profile(String text, Map<String, Integer> numbers, boolean table) {
      this.table = table;
      List<String> tokens = Tokens.of(text);
      this.key = TokenStyle.lineKey(tokens);
      this.words = TokenStyle.wordKeys(tokens);
      this.set = words.stream().mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).sorted().distinct().toArray();
    }
  }
}
