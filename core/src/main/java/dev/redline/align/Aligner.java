package dev.redline.align;

import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleLink;
import dev.redline.model.Draft;
import dev.redline.model.LinkKind;
import dev.redline.internal.Sequences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which article of an old draft became which article of a new one.
 *
 * <p>Articles are compared by their text (word pairs weighted so that boilerplate shared by many
 * articles counts little), with title similarity and relative position as weaker hints; the number
 * is never used to match, so renumbering is handled. The best pairs above a threshold are taken
 * first; articles left over between two matched pairs are then matched more leniently, because a
 * heavily rewritten article usually stays where it was. Articles still left over are checked for
 * splits (an old article whose text is spread over several new ones) and merges, and the rest are
 * insertions and deletions.
 *
 * <p>Immutable and thread-safe.
 */
public final class Aligner {
  private static final double TEXT_WEIGHT = 0.8;
  private static final double TITLE_WEIGHT = 0.15;
  private static final double POSITION_WEIGHT = 0.05;
  /** How many of an article's rarest word pairs look for candidates. */
  private static final int SIGNATURE = 12;
  /** A title word (or whole title) in at most this many titles of a draft proposes candidates. */
  private static final int RARE_TITLE_KEY = 8;
  /** Articles this many places either side of the same relative position are candidates too. */
  private static final int POSITION_WINDOW = 3;
  /** Marks an article taken as a piece of a split or merge in a match array; -1 is unmatched. */
  private static final int PIECE = -2;
  /** A piece this close to its whole's partner is taken before matching anywhere. */
  private static final int NEAR_PIECE = 2;
  /** A pair is distinct when its text and title beat every other candidate of either article by this much. */
  private static final double DISTINCT_MARGIN = 0.003;
  /** Split or merge wholes whose share is within this of the best are told apart by where their partner stands. */
  private static final double SHARE_TIE = 0.05;
  /** Pairs at or above this score are matched first, best first. */
  private static final double ANCHOR_THRESHOLD = 0.45;
  /** Pairs left between the same two anchors are matched at or above this score. */
  private static final double GAP_THRESHOLD = 0.25;
  /** An article is part of a split or merge when this share of its text is in the other side. */
  private static final double CONTAINMENT = 0.6;
  /** A split or merge piece must cover at least this share of the whole on its own. */
  private static final double MIN_PIECE = 0.02;
  /** Of what a piece covers of the whole, at least this share must not be covered by its partners. */
  private static final double NOVEL_SHARE = 0.5;

  /** Aligns the articles of two drafts. Every article of each draft ends up in exactly one link. */
  public Alignment align(Draft oldDraft, Draft newDraft) {
    ArticleProfile.Shingles shingles = new ArticleProfile.Shingles();
    List<ArticleProfile> olds = profiles(oldDraft.articles(), shingles);
    List<ArticleProfile> news = profiles(newDraft.articles(), shingles);
    int[] df = weigh(olds, news, shingles.size());
    Scores content = new Scores(olds.size(), news.size());
    Scores score = scores(olds, news, df, shingles, content);

    int[] oldToNew = new int[olds.size()];
    int[] newToOld = new int[news.size()];
    Arrays.fill(oldToNew, -1);
    Arrays.fill(newToOld, -1);
    matchStandIns(olds, news, oldToNew, newToOld);
    matchDistinct(score, content, oldToNew, newToOld);
    matchInOrder(olds, news, score, content, oldToNew, newToOld);

    Map<Integer, List<Integer>> splits = new HashMap<>(); // old index -> extra new indices
    Map<Integer, List<Integer>> merges = new HashMap<>(); // new index -> extra old indices
    // Pieces next to their whole's partner first, before look-alikes elsewhere can claim them.
    findSplits(olds, news, oldToNew, newToOld, splits, score::candidatesOfNew, NEAR_PIECE);
    findSplits(news, olds, newToOld, oldToNew, merges, score::candidatesOfOld, NEAR_PIECE);
    splits.values().forEach(pieces -> pieces.forEach(j -> newToOld[j] = PIECE));
    merges.values().forEach(pieces -> pieces.forEach(i -> oldToNew[i] = PIECE));
    matchBestAnywhere(score, content, oldToNew, newToOld);
    matchInGaps(score, oldToNew, newToOld);
    matchSameTitle(olds, news, score, oldToNew, newToOld);
    findSplits(olds, news, oldToNew, newToOld, splits, score::candidatesOfNew, Integer.MAX_VALUE);
    findSplits(news, olds, newToOld, oldToNew, merges, score::candidatesOfOld, Integer.MAX_VALUE);

    Set<Integer> moved = moved(olds, news, oldToNew);
    List<ArticleLink> links = links(oldDraft, newDraft, olds, news, score, oldToNew, newToOld, splits, merges, moved);
    return new Alignment(oldDraft, newDraft, links);
  }

  private static List<ArticleProfile> profiles(List<Article> articles, ArticleProfile.Shingles shingles) {
    ProfileList list = new ProfileList(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      list.add(new ArticleProfile(articles.get(i), i, articles.size(), shingles));
    }
    return list;
  }

  /** Profiles in draft order, that also find an article's index without a search. */
  private static final class ProfileList extends ArrayList<ArticleProfile> {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, Integer> indices = new java.util.HashMap<>(); // by article id

    ProfileList(int size) {
      super(size);
    }

    @Override
    public boolean add(ArticleProfile p) {
      indices.put(p.article.id(), p.index);
      return super.add(p);
    }

    int indexOf(Article article) {
      return indices.get(article.id());
    }
  }

  /** Weighs every article's word pairs by how rare they are; returns in how many articles each occurs. */
  private static int[] weigh(List<ArticleProfile> olds, List<ArticleProfile> news, int shingles) {
    int[] df = new int[shingles];
    int n = 0;
    for (List<ArticleProfile> side : List.of(olds, news)) {
      for (ArticleProfile p : side) {
        n++;
        for (int s : p.ids) {
          df[s]++;
        }
      }
    }
    double[] idf = new double[shingles];
    for (int s = 0; s < shingles; s++) {
      idf[s] = Math.log(1.0 + (double) n / df[s]);
    }
    for (List<ArticleProfile> side : List.of(olds, news)) {
      side.forEach(p -> p.weigh(idf));
    }
    return df;
  }

  /**
   * Scores of the candidate pairs only. A pair is a candidate when either article's rarest word
   * pairs (its {@value #SIGNATURE} least common, a min-hash-like signature) occur in the other, when
   * they have the same title or share a title word found in few titles, or when they stand at about the same relative position (so
   * that a heavily reworded article can still be matched in its gap). Each candidate then gets its
   * exact cosine, title similarity and position score. The work grows about linearly with the
   * size of the drafts instead of with its square.
   */
  private static Scores scores(
      List<ArticleProfile> olds, List<ArticleProfile> news, int[] df, ArticleProfile.Shingles shingles, Scores content) {
    int cap = Math.max(64, (olds.size() + news.size()) / 20);
    int[][] oldText = postings(olds, df.length);
    int[][] newText = postings(news, df.length);
    Map<String, List<Integer>> oldTitles = index(olds, ArticleProfile::titleKeys);
    List<java.util.Set<Integer>> candidates = new ArrayList<>();
    for (ArticleProfile n : news) {
      java.util.Set<Integer> set = new java.util.HashSet<>();
      collect(signature(n, df, shingles), oldText, cap, set);
      collect(n.titleKeys(), oldTitles, RARE_TITLE_KEY, set);
      int around = (int) Math.round(n.position * (olds.size() - 1));
      for (int i = Math.max(0, around - POSITION_WINDOW); i <= Math.min(olds.size() - 1, around + POSITION_WINDOW); i++) {
        set.add(i);
      }
      candidates.add(set);
    }
    for (ArticleProfile o : olds) {
      java.util.Set<Integer> found = new java.util.HashSet<>();
      collect(signature(o, df, shingles), newText, cap, found);
      for (int j : found) {
        candidates.get(j).add(o.index);
      }
    }
    Scores scores = new Scores(olds.size(), news.size());
    for (ArticleProfile n : news) {
      for (int i : candidates.get(n.index)) {
        ArticleProfile o = olds.get(i);
        double text = o.norm == 0 || n.norm == 0 ? 0 : o.dot(n) / (o.norm * n.norm);
        double title = dice(o.titleWords, n.titleWords);
        double position = 1 - Math.abs(o.position - n.position);
        scores.put(i, n.index, TEXT_WEIGHT * text + TITLE_WEIGHT * title + POSITION_WEIGHT * position);
        content.put(i, n.index, TEXT_WEIGHT * text + TITLE_WEIGHT * title);
      }
    }
    return scores;
  }

  /**
   * The article's least common word pairs, rarest first (ties broken by the text, for a stable
   * result), as shingle numbers: the {@value #SIGNATURE} least of a bounded heap, not a sort of all.
   */
  private static int[] signature(ArticleProfile p, int[] df, ArticleProfile.Shingles shingles) {
    Comparator<Integer> rarer = Comparator.<Integer>comparingInt(s -> df[s]).thenComparing(shingles::text);
    java.util.PriorityQueue<Integer> kept = new java.util.PriorityQueue<>(SIGNATURE + 1, rarer.reversed());
    for (int s : p.ids) {
      if (kept.size() < SIGNATURE) {
        kept.add(s);
      } else if (rarer.compare(s, kept.peek()) < 0) {
        kept.poll();
        kept.add(s);
      }
    }
    return kept.stream().sorted(rarer).mapToInt(Integer::intValue).toArray();
  }

  /** For each shingle number, the indices of the articles of one side that have it, in draft order. */
  private static int[][] postings(List<ArticleProfile> side, int shingles) {
    int[] sizes = new int[shingles];
    for (ArticleProfile p : side) {
      for (int s : p.ids) {
        sizes[s]++;
      }
    }
    int[][] postings = new int[shingles][];
    for (int s = 0; s < shingles; s++) {
      postings[s] = new int[sizes[s]];
    }
    int[] filled = new int[shingles];
    for (ArticleProfile p : side) {
      for (int s : p.ids) {
        postings[s][filled[s]++] = p.index;
      }
    }
    return postings;
  }

  private static void collect(int[] keys, int[][] postings, int cap, java.util.Set<Integer> out) {
    for (int key : keys) {
      int[] list = postings[key];
      if (list.length > 0 && list.length <= cap) {
        for (int i : list) {
          out.add(i);
        }
      }
    }
  }

  private static Map<String, List<Integer>> index(
      List<ArticleProfile> side, java.util.function.Function<ArticleProfile, java.util.Collection<String>> keys) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (ArticleProfile p : side) {
      for (String key : keys.apply(p)) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(p.index);
      }
    }
    return index;
  }

  private static void collect(
      java.util.Collection<String> keys, Map<String, List<Integer>> index, int cap, java.util.Set<Integer> out) {
    for (String key : keys) {
      List<Integer> postings = index.get(key);
      if (postings != null && postings.size() <= cap) {
        out.addAll(postings);
      }
    }
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }

  /**
   * Matches each new article that stands for the previous stage's text ({@code Article 9 (Non
   * modifié)} with no text) to the old article of the same number: it has no text to match by.
   */
  private static void matchStandIns(List<ArticleProfile> olds, List<ArticleProfile> news, int[] oldToNew, int[] newToOld) {
    Map<String, Integer> oldByNumber = new HashMap<>();
    for (ArticleProfile o : olds) {
      oldByNumber.merge(o.article.number(), o.index, (a, b) -> -1); // a number printed twice matches nothing
    }
    for (ArticleProfile n : news) {
      Integer i = oldByNumber.get(n.article.number());
      if (n.article.standsForPreviousText() && i != null && i >= 0 && oldToNew[i] < 0) {
        oldToNew[i] = n.index;
        newToOld[n.index] = i;
      }
    }
  }

  /**
   * Matches the pairs that are each other's best by text and title, by a clear margin over every
   * other candidate of either: no look-alike competes for them, so they anchor the order.
   */
  private static void matchDistinct(Scores score, Scores content, int[] oldToNew, int[] newToOld) {
    double[][] oldBest = best(content, oldToNew.length, 0);
    double[][] newBest = best(content, newToOld.length, 1);
    for (int[] p : score.pairs()) {
      double c = content.get(p[0], p[1]);
      boolean distinct =
          c == oldBest[p[0]][0] && c == newBest[p[1]][0]
              && c - oldBest[p[0]][1] >= DISTINCT_MARGIN && c - newBest[p[1]][1] >= DISTINCT_MARGIN;
      if (distinct && score.get(p[0], p[1]) >= ANCHOR_THRESHOLD && oldToNew[p[0]] < 0 && newToOld[p[1]] < 0) {
        oldToNew[p[0]] = p[1];
        newToOld[p[1]] = p[0];
      }
    }
  }

  /** For each article of one side (0: old, 1: new), its best and second-best score. */
  private static double[][] best(Scores scores, int size, int side) {
    double[][] best = new double[size][2];
    for (int[] p : scores.pairs()) {
      double s = scores.get(p[0], p[1]);
      double[] b = best[p[side]];
      if (s > b[0]) {
        b[1] = b[0];
        b[0] = s;
      } else if (s > b[1]) {
        b[1] = s;
      }
    }
    return best;
  }

  /**
   * Matches look-alikes by order: a pair counts only where the new article lies between the new
   * partners of the anchors before and after the old one (anchors that keep their order), so that
   * among several copies of the same text the one in its place wins; within a gap the best text
   * and title, then the nearest, win.
   */
  private static void matchInOrder(
      List<ArticleProfile> olds, List<ArticleProfile> news, Scores score, Scores content, int[] oldToNew, int[] newToOld) {
    List<Integer> matched = new ArrayList<>();
    for (int i = 0; i < oldToNew.length; i++) {
      if (oldToNew[i] >= 0) {
        matched.add(i);
      }
    }
    int[] before = new int[oldToNew.length]; // new index of the anchor before each old article, or -1
    int[] after = new int[oldToNew.length]; // new index of the anchor after it, or the new draft's size
    Arrays.fill(before, -1);
    Arrays.fill(after, newToOld.length);
    List<Integer> anchors = longestIncreasing(matched, oldToNew);
    int k = 0;
    int last = -1;
    for (int i = 0; i < oldToNew.length; i++) {
      while (k < anchors.size() && anchors.get(k) < i) {
        last = oldToNew[anchors.get(k)];
        k++;
      }
      before[i] = last;
      int next = k < anchors.size() && anchors.get(k) == i ? k + 1 : k;
      after[i] = next < anchors.size() ? oldToNew[anchors.get(next)] : newToOld.length;
    }
    List<int[]> pairs = new ArrayList<>();
    for (int[] p : score.pairs()) {
      if (oldToNew[p[0]] < 0 && newToOld[p[1]] < 0 && score.get(p[0], p[1]) >= ANCHOR_THRESHOLD
          && p[1] > before[p[0]] && p[1] < after[p[0]]) {
        pairs.add(p);
      }
    }
    pairs.sort(
        Comparator.<int[]>comparingDouble(p -> -content.get(p[0], p[1]))
            .thenComparingDouble(p -> Math.abs(olds.get(p[0]).position - news.get(p[1]).position))
            .thenComparingInt(p -> p[0]));
    for (int[] p : pairs) {
      if (oldToNew[p[0]] < 0 && newToOld[p[1]] < 0) {
        oldToNew[p[0]] = p[1];
        newToOld[p[1]] = p[0];
      }
    }
  }

  /**
   * Matches the rest anywhere in the drafts, best first, but only pairs in which each article is
   * the other's best by text and title: an article out of place whose best match is taken (a piece
   * of a split, a copy of a repeated provision) is left for the split and merge checks.
   */
  private static void matchBestAnywhere(Scores score, Scores content, int[] oldToNew, int[] newToOld) {
    double[] oldBest = new double[oldToNew.length];
    double[] newBest = new double[newToOld.length];
    for (int[] p : score.pairs()) {
      if (oldToNew[p[0]] == -1 && newToOld[p[1]] == -1) {
        double c = content.get(p[0], p[1]);
        oldBest[p[0]] = Math.max(oldBest[p[0]], c);
        newBest[p[1]] = Math.max(newBest[p[1]], c);
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int[] p : score.pairs()) {
      double c = content.get(p[0], p[1]);
      if (oldToNew[p[0]] == -1 && newToOld[p[1]] == -1 && score.get(p[0], p[1]) >= ANCHOR_THRESHOLD
          && c >= oldBest[p[0]] - DISTINCT_MARGIN && c >= newBest[p[1]] - DISTINCT_MARGIN) {
        pairs.add(p);
      }
    }
    pairs.sort(
        Comparator.<int[]>comparingDouble(p -> -score.get(p[0], p[1]))
            .thenComparingInt(p -> Math.abs(p[0] - p[1]))
            .thenComparingInt(p -> p[0]));
    for (int[] p : pairs) {
      if (oldToNew[p[0]] == -1 && newToOld[p[1]] == -1) {
        oldToNew[p[0]] = p[1];
        newToOld[p[1]] = p[0];
      }
    }
  }

  /**
   * Matches leftovers that sit between the same two matched pairs on both sides, the pairs taken
   * from a longest run that keeps its order (an article moved far away does not hide the gaps
   * after it).
   */
  private static void matchInGaps(Scores score, int[] oldToNew, int[] newToOld) {
    List<Integer> matched = new ArrayList<>();
    for (int i = 0; i < oldToNew.length; i++) {
      if (oldToNew[i] >= 0) {
        matched.add(i);
      }
    }
    List<Integer> anchors = new ArrayList<>(longestIncreasing(matched, oldToNew));
    int lastOld = -1;
    int lastNew = -1;
    for (int k = 0; k <= anchors.size(); k++) {
      int nextOld = k < anchors.size() ? anchors.get(k) : oldToNew.length;
      int nextNew = k < anchors.size() ? oldToNew[nextOld] : newToOld.length;
      if (nextOld - lastOld > 1 && nextNew - lastNew > 1) {
        List<int[]> pairs = new ArrayList<>();
        for (int a = lastOld + 1; a < nextOld; a++) {
          if (oldToNew[a] != -1) {
            continue;
          }
          for (int b : score.candidatesOfOld(a)) {
            if (b > lastNew && b < nextNew && newToOld[b] == -1 && score.get(a, b) >= GAP_THRESHOLD) {
              pairs.add(new int[] {a, b});
            }
          }
        }
        pairs.sort(Comparator.<int[]>comparingDouble(p -> -score.get(p[0], p[1])).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        for (int[] p : pairs) {
          if (oldToNew[p[0]] == -1 && newToOld[p[1]] == -1) {
            oldToNew[p[0]] = p[1];
            newToOld[p[1]] = p[0];
          }
        }
      }
      lastOld = nextOld;
      lastNew = nextNew;
    }
  }

  /**
   * Matches leftovers that bear the same title, a title no other article of either draft bears,
   * at the lenient score of a gap: an article both moved and much reworded.
   */
  private static void matchSameTitle(
      List<ArticleProfile> olds, List<ArticleProfile> news, Scores score, int[] oldToNew, int[] newToOld) {
    Map<String, Integer> oldTitles = uniqueTitles(olds);
    Map<String, Integer> newTitles = uniqueTitles(news);
    oldTitles.forEach((title, i) -> {
      Integer j = newTitles.get(title);
      if (j != null && oldToNew[i] == -1 && newToOld[j] == -1 && score.get(i, j) >= GAP_THRESHOLD) {
        oldToNew[i] = j;
        newToOld[j] = i;
      }
    });
  }

  /** The titles borne by exactly one article, as words, and that article's index. */
  private static Map<String, Integer> uniqueTitles(List<ArticleProfile> side) {
    Map<String, Integer> titles = new HashMap<>();
    for (ArticleProfile p : side) {
      if (!p.titleWords.isEmpty()) {
        titles.merge(String.join(" ", ArticleProfile.nameWords(p.article.title())), p.index, (a, b) -> -1);
      }
    }
    titles.values().removeIf(i -> i < 0);
    return titles;
  }

  /**
   * Finds splits (called with old, new) or merges (called with new, old): an unmatched article on
   * the "many" side whose text sits mostly in an article of the "one" side that is already matched
   * to a partner whose text also sits there, when the piece covers a part of it that its partners
   * do not: small pieces count too, such as a one-paragraph remainder split off a long article.
   */
  private static void findSplits(
      List<ArticleProfile> ones,
      List<ArticleProfile> manies,
      int[] oneToMany,
      int[] manyToOne,
      Map<Integer, List<Integer>> groups,
      java.util.function.IntFunction<List<Integer>> candidates,
      int maxDistance) {
    for (ArticleProfile piece : manies) {
      if (manyToOne[piece.index] >= 0 || inGroup(groups, piece.index)) {
        continue;
      }
      // The whole that holds most of the piece; among wholes that hold about as much (copies of
      // one text), the one whose partner stands nearest the piece.
      double top = 0;
      Map<Integer, Double> shares = new HashMap<>();
      for (int w : candidates.apply(piece.index)) {
        double share = piece.containedIn(ones.get(w));
        shares.put(w, share);
        top = Math.max(top, share);
      }
      ArticleProfile best = null;
      int bestDistance = Integer.MAX_VALUE;
      double bestShare = 0;
      for (var e : shares.entrySet()) {
        int w = e.getKey();
        if (e.getValue() < top - SHARE_TIE || e.getValue() < CONTAINMENT || oneToMany[w] < 0
            || manies.get(oneToMany[w]).containedIn(ones.get(w)) < CONTAINMENT / 2) {
          continue;
        }
        int distance = Math.abs(oneToMany[w] - piece.index);
        if (distance > maxDistance) {
          continue;
        }
        if (distance < bestDistance || distance == bestDistance && (e.getValue() > bestShare || e.getValue() == bestShare && w < best.index)) {
          best = ones.get(w);
          bestDistance = distance;
          bestShare = e.getValue();
        }
      }
      if (best == null) {
        continue;
      }
      ArticleProfile partner = manies.get(oneToMany[best.index]);
      List<ArticleProfile> pieces = new ArrayList<>();
      pieces.add(partner);
      for (int extra : groups.getOrDefault(best.index, List.of())) {
        pieces.add(manies.get(extra));
      }
      double before = coverage(best, pieces);
      double alone = coverage(best, List.of(piece));
      pieces.add(piece);
      double added = coverage(best, pieces) - before;
      if (alone >= MIN_PIECE && added >= NOVEL_SHARE * alone) {
        groups.computeIfAbsent(best.index, k -> new ArrayList<>()).add(piece.index);
      }
    }
  }

  private static boolean inGroup(Map<Integer, List<Integer>> groups, int index) {
    return groups.values().stream().anyMatch(l -> l.contains(index));
  }

  /** The share of the whole's weight found in any of the pieces. */
  private static double coverage(ArticleProfile whole, List<ArticleProfile> pieces) {
    double total = whole.totalWeight();
    if (total == 0) {
      return 0;
    }
    double covered = 0;
    for (int k = 0; k < whole.ids.length; k++) {
      double found = 0;
      for (ArticleProfile p : pieces) {
        found += p.weightOf(whole.ids[k]);
      }
      covered += Math.min(whole.weights[k], found);
    }
    return covered / total;
  }

  /**
   * Old indices of matched articles that moved: out of the longest run of pairs that keep their
   * order, or into another chapter than the one most articles of their old chapter went to.
   */
  private static Set<Integer> moved(List<ArticleProfile> olds, List<ArticleProfile> news, int[] oldToNew) {
    List<Integer> matched = new ArrayList<>();
    for (int i = 0; i < oldToNew.length; i++) {
      if (oldToNew[i] >= 0) {
        matched.add(i);
      }
    }
    Set<Integer> inOrder = new HashSet<>(longestIncreasing(matched, oldToNew));
    Map<String, Map<String, Integer>> destinations = new HashMap<>();
    for (int i : matched) {
      destinations
          .computeIfAbsent(olds.get(i).chapter, k -> new HashMap<>())
          .merge(news.get(oldToNew[i]).chapter, 1, Integer::sum);
    }
    Map<String, String> usualDestination = new HashMap<>();
    destinations.forEach(
        (from, to) ->
            usualDestination.put(
                from, Collections.max(to.entrySet(), Map.Entry.comparingByValue()).getKey()));
    Set<Integer> moved = new HashSet<>();
    for (int i : matched) {
      String to = news.get(oldToNew[i]).chapter;
      if (!inOrder.contains(i) || !to.equals(usualDestination.get(olds.get(i).chapter))) {
        moved.add(i);
      }
    }
    return moved;
  }

  /** The old indices on a longest run whose new indices increase. */
  private static List<Integer> longestIncreasing(List<Integer> olds, int[] oldToNew) {
    int[] values = olds.stream().mapToInt(i -> oldToNew[i]).toArray();
    return Sequences.longestIncreasingRun(values).stream().map(olds::get).toList();
  }

  private static List<ArticleLink> links(
      Draft oldDraft,
      Draft newDraft,
      List<ArticleProfile> olds,
      List<ArticleProfile> news,
      Scores score,
      int[] oldToNew,
      int[] newToOld,
      Map<Integer, List<Integer>> splits,
      Map<Integer, List<Integer>> merges,
      Set<Integer> moved) {
    String oldName = oldDraft.revision();
    String newName = newDraft.revision();
    Map<Integer, ArticleLink> byOld = new LinkedHashMap<>();
    Map<Integer, ArticleLink> byNew = new LinkedHashMap<>();
    Set<Integer> splitPieces = new HashSet<>();
    splits.values().forEach(splitPieces::addAll);
    Set<Integer> mergePieces = new HashSet<>();
    merges.values().forEach(mergePieces::addAll);

    for (int i = 0; i < olds.size(); i++) {
      int j = oldToNew[i];
      Article o = olds.get(i).article;
      if (j < 0) {
        if (mergePieces.contains(i)) {
          continue;
        }
        int closest = score.closestToOld(i);
        double best = closest < 0 ? 0 : score.get(i, closest);
        byOld.put(
            i,
            new ArticleLink(
                List.of(o),
                List.of(),
                EnumSet.of(LinkKind.DELETED),
                1 - best,
                "no article of " + newName + " holds its text" + closestNote(news, closest, best)));
        continue;
      }
      ArticleLink link;
      if (splits.containsKey(i)) {
        List<Integer> pieces = new ArrayList<>(splits.get(i));
        pieces.add(j);
        Collections.sort(pieces);
        List<Article> parts = pieces.stream().map(p -> news.get(p).article).toList();
        ArticleProfile whole = olds.get(i);
        double share = pieces.stream().mapToDouble(p -> news.get(p).containedIn(whole)).average().orElse(0);
        link =
            new ArticleLink(
                List.of(o),
                parts,
                EnumSet.of(LinkKind.SPLIT),
                share,
                o.label() + " of " + oldName + " is divided among " + labels(parts) + " of " + newName);
        pieces.forEach(p -> byNew.put(p, null));
      } else if (merges.containsKey(j)) {
        List<Integer> pieces = new ArrayList<>(merges.get(j));
        pieces.add(i);
        Collections.sort(pieces);
        List<Article> parts = pieces.stream().map(p -> olds.get(p).article).toList();
        ArticleProfile whole = news.get(j);
        double share = pieces.stream().mapToDouble(p -> olds.get(p).containedIn(whole)).average().orElse(0);
        link =
            new ArticleLink(
                parts,
                List.of(news.get(j).article),
                EnumSet.of(LinkKind.MERGED),
                share,
                labels(parts) + " of " + oldName + " are combined in " + news.get(j).article.label() + " of " + newName);
      } else {
        link = oneToOne(olds.get(i), news.get(j), score.get(i, j), moved.contains(i), oldName);
      }
      byOld.put(i, link);
      for (Article a : link.oldArticles()) {
        byOld.putIfAbsent(indexOf(olds, a), link);
      }
    }
    for (int j = 0; j < news.size(); j++) {
      if (newToOld[j] < 0 && !splitPieces.contains(j)) {
        int closest = score.closestToNew(j);
        double best = closest < 0 ? 0 : score.get(closest, j);
        byNew.put(
            j,
            new ArticleLink(
                List.of(),
                List.of(news.get(j).article),
                EnumSet.of(LinkKind.INSERTED),
                1 - best,
                "no article of " + oldName + " holds its text" + closestNote(olds, closest, best)));
      }
    }
    return inNewOrder(olds, news, byOld, byNew, mergePieces);
  }

  private static String closestNote(List<ArticleProfile> side, int closest, double score) {
    return closest < 0 ? "" : " (closest: " + side.get(closest).article.label() + ", " + percent(score) + ")";
  }

  /** The index of the article's profile; each profile list keeps a map by article id, built once. */
  private static int indexOf(List<ArticleProfile> profiles, Article article) {
    return ((ProfileList) profiles).indexOf(article);
  }


  private static ArticleLink oneToOne(ArticleProfile o, ArticleProfile n, double score, boolean moved, String oldName) {
    Article a = o.article;
    Article b = n.article;
    EnumSet<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
    List<String> why = new ArrayList<>();
    boolean standIn = b.standsForPreviousText();
    boolean sameBody = standIn || a.bodyText().equals(b.bodyText());
    if (standIn) {
      score = 1;
      why.add("marked not modified, with no text: the text of " + oldName + " stands");
    } else {
      why.add(sameBody ? "same text" : "text " + percent(Math.min(1, score)) + " alike");
    }
    if (!a.number().equals(b.number())) {
      kinds.add(LinkKind.RENUMBERED);
      why.add("number " + a.number() + " \u2192 " + b.number());
    }
    if (!a.title().equals(b.title()) && !(standIn && b.title().isEmpty())) {
      kinds.add(LinkKind.RETITLED);
      why.add("title changed");
    }
    if (moved) {
      kinds.add(LinkKind.MOVED);
      String from = a.division().map(d -> d.label()).orElse("");
      String to = b.division().map(d -> d.label()).orElse("");
      why.add(!o.chapter.equals(n.chapter) && !from.isEmpty() ? "moved from " + from + " to " + to : "moved out of order");
    }
    if (!sameBody) {
      kinds.add(LinkKind.MODIFIED);
    }
    if (kinds.isEmpty()) {
      kinds.add(LinkKind.UNCHANGED);
    }
    return new ArticleLink(List.of(a), List.of(b), kinds, Math.min(1, score), String.join("; ", why));
  }

  /** Links in the order of the new draft; each deletion right after the link of the old article before it. */
  private static List<ArticleLink> inNewOrder(
      List<ArticleProfile> olds,
      List<ArticleProfile> news,
      Map<Integer, ArticleLink> byOld,
      Map<Integer, ArticleLink> byNew,
      Set<Integer> mergePieces) {
    Map<Integer, ArticleLink> newSide = new LinkedHashMap<>();
    for (int i = 0; i < olds.size(); i++) {
      ArticleLink link = byOld.get(i);
      if (link != null && !link.newArticles().isEmpty()) {
        int first = indexOf(news, link.newArticles().get(0));
        newSide.putIfAbsent(first, link);
      }
    }
    byNew.forEach((j, link) -> {
      if (link != null) {
        newSide.put(j, link);
      }
    });
    // Deletions, keyed by the old article they follow (-1: before every other).
    Map<Integer, List<ArticleLink>> deletionsAfter = new HashMap<>();
    int anchor = -1;
    for (int i = 0; i < olds.size(); i++) {
      ArticleLink link = byOld.get(i);
      if (link != null && link.newArticles().isEmpty()) {
        deletionsAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(link);
      } else if (link != null || mergePieces.contains(i)) {
        anchor = i;
      }
    }
    List<ArticleLink> ordered = new ArrayList<>(deletionsAfter.getOrDefault(-1, List.of()));
    Set<ArticleLink> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int j = 0; j < news.size(); j++) {
      ArticleLink link = newSide.get(j);
      if (link == null || !seen.add(link)) {
        continue;
      }
      ordered.add(link);
      for (Article a : link.oldArticles()) {
        ordered.addAll(deletionsAfter.getOrDefault(indexOf(olds, a), List.of()));
      }
    }
    return ordered;
  }

  private static String labels(List<Article> articles) {
    return String.join(" and ", articles.stream().map(Article::label).toList());
  }

  private static String percent(double value) {
    return Math.round(value * 100) + "%";
  }
}
