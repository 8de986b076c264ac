package dev.redline.bench;

import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleLink;
import dev.redline.model.LinkKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of alignments against generated truths, over all links and per kind.
 * A link is right when it joins exactly the same old and new articles as a truth link; it is right
 * for a kind when, in addition, both carry that kind. Not thread-safe: add from one thread.
 */
public final class AlignmentScore {
  private int truthLinks;
  private int foundLinks;
  private int rightLinks;
  private final Map<LinkKind, int[]> byKind = new EnumMap<>(LinkKind.class); // truth, found, right

  /** Adds one alignment and its truth. */
  public void add(Alignment alignment, List<PairGenerator.TruthLink> truth) {
    Map<String, Set<LinkKind>> expected = new HashMap<>();
    for (PairGenerator.TruthLink t : truth) {
      expected.put(key(t.oldNumbers(), t.newNumbers()), t.kinds());
      t.kinds().forEach(k -> counts(k)[0]++);
    }
    truthLinks += truth.size();
    for (ArticleLink link : alignment.links()) {
      foundLinks++;
      link.kinds().forEach(k -> counts(k)[1]++);
      Set<LinkKind> kinds = expected.get(key(numbers(link.oldArticles()), numbers(link.newArticles())));
      if (kinds != null) {
        rightLinks++;
        for (LinkKind k : link.kinds()) {
          if (kinds.contains(k)) {
            counts(k)[2]++;
          }
        }
      }
    }
  }

  private int[] counts(LinkKind kind) {
    return byKind.computeIfAbsent(kind, k -> new int[3]);
  }

  private static List<String> numbers(List<Article> articles) {
    return articles.stream().map(Article::number).toList();
  }

  private static String key(List<String> olds, List<String> news) {
    return String.join(",", olds) + "->" + String.join(",", news);
  }

  public double precision() {
    return ratio(rightLinks, foundLinks);
  }

  public double recall() {
    return ratio(rightLinks, truthLinks);
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** Recall for one kind: the share of truth links of that kind found with it. */
  public double recall(LinkKind kind) {
    int[] c = byKind.getOrDefault(kind, new int[3]);
    return ratio(c[2], c[0]);
  }

  /** Precision for one kind: the share of found links of that kind that are right with it. */
  public double precision(LinkKind kind) {
    int[] c = byKind.getOrDefault(kind, new int[3]);
    return ratio(c[2], c[1]);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A table: overall, then one line per kind, with the counts behind each figure. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %8s %8s%n", "kind", "precision", "recall", "F1", "truth", "found"));
    b.append(String.format(Locale.ROOT, "%-12s %9.4f %9.4f %9.4f %8d %8d%n", "all links", precision(), recall(), f1(), truthLinks, foundLinks));
    for (LinkKind kind : LinkKind.values()) {
      int[] c = byKind.get(kind);
      if (c != null) {
        b.append(String.format(Locale.ROOT, "%-12s %9.4f %9.4f %9.4f %8d %8d%n", kind.word(), precision(kind), recall(kind),
            f1(precision(kind), recall(kind)), c[0], c[1]));
      }
    }
    return b.toString();
  }
}
