package dev.redline.align;

import dev.redline.model.Article;
import dev.redline.model.ArticleLink;
import dev.redline.model.Clause;
import dev.redline.model.ParagraphMove;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds clauses that moved between articles. A clause of an old article is lost when no clause of
 * the article(s) it is linked to shares most of its words; a clause of a new article is gained
 * likewise. A lost clause that matches a gained clause of another article closely is a move.
 * Short clauses (fewer than {@value #MIN_WORDS} words) are left out: they match too easily.
 */
final class ParagraphMoves {
  /** Clauses this alike (word Dice) are the same clause, perhaps edited. */
  private static final double KEPT = 0.5;
  /** A lost and a gained clause this alike are a move. */
  private static final double MOVED = 0.7;
  private static final int MIN_WORDS = 6;

  private ParagraphMoves() {}

  static List<ParagraphMove> find(List<ArticleLink> links) {
    List<Located> lost = new ArrayList<>();
    List<Located> gained = new ArrayList<>();
    for (ArticleLink link : links) {
      List<Located> olds = clauses(link.oldArticles());
      List<Located> news = clauses(link.newArticles());
      for (Located o : olds) {
        if (o.words.size() >= MIN_WORDS && news.stream().noneMatch(n -> dice(o.words, n.words) >= KEPT)) {
          lost.add(o);
        }
      }
      for (Located n : news) {
        if (n.words.size() >= MIN_WORDS && olds.stream().noneMatch(o -> dice(o.words, n.words) >= KEPT)) {
          gained.add(n);
        }
      }
    }
    Map<String, List<Located>> byWord = new HashMap<>();
    for (Located g : gained) {
      g.words.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(g));
    }
    List<ParagraphMove> moves = new ArrayList<>();
    Set<String> taken = new HashSet<>(); // ids of the new draft's clauses
    for (Located o : lost) {
      Located best = null;
      double bestScore = MOVED;
      Set<String> seen = new HashSet<>();
      for (String w : o.words) {
        for (Located g : byWord.getOrDefault(w, List.of())) {
          if (seen.add(g.clause.id()) && !taken.contains(g.clause.id())) {
            double score = dice(o.words, g.words);
            if (score >= bestScore) {
              bestScore = score;
              best = g;
            }
          }
        }
      }
      if (best != null) {
        taken.add(best.clause.id());
        moves.add(new ParagraphMove(o.article, o.clause, best.article, best.clause, bestScore));
      }
    }
    return moves;
  }

  /** A clause with its article and its set of words; sets of them are kept as sets of clause ids. */
  private record Located(Article article, Clause clause, Set<String> words) {}

  private static List<Located> clauses(List<Article> articles) {
    List<Located> list = new ArrayList<>();
    for (Article a : articles) {
      a.allClauses().forEach(c -> list.add(new Located(a, c, new HashSet<>(ArticleProfile.words(c.text())))));
    }
    return list;
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }
}
