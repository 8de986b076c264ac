package dev.redline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that changed between two drafts: the one result that every report reads.
 *
 * <p>The parts run in reading order, with old and new interleaved: keeping every {@code INSERT} and
 * dropping every {@code DELETE} segment and every part or line that exists only in the old draft
 * gives the new draft, and the reverse (keeping each segment's {@link Segment#oldText()}) gives the
 * old draft. That holds for moved clauses too: each is deleted at its old place and inserted at its
 * new one, and the two ends share a {@link ClauseMove}.
 *
 * <p>What a renderer reads, from coarse to fine:
 *
 * <ul>
 *   <li>{@link #statistics()}: counts of links by kind, and of edits by {@link ChangeKind} with the
 *       words they delete and insert;
 *   <li>each {@link ArticleChange}: its link, its heading, clause and footnote changes, and its
 *       edits counted by kind ({@link ArticleChange#counts()});
 *   <li>each {@link ClauseChange}: the clauses on both sides, the {@link TextChange} of their lines,
 *       a {@link ClauseMove} where the clause moved, and its classified edits ({@link
 *       ClauseChange#edits()});
 *   <li>each {@link TextChange}: its status, its segments (what a redline shows; runs that differ
 *       only in white space, quote or dash style or line-end hyphenation are kept, showing the new
 *       text) and its {@link Edit}s, each with a {@link ChangeKind} and the words on both sides.
 * </ul>
 *
 * <p>Cross-references count as {@link ChangeKind#CONSEQUENTIAL} when the {@link #alignment()}
 * explains them: the article they name was renumbered to the number now written, or the paragraph
 * they name, within an aligned article, got that number.
 *
 * @param oldDraft the earlier draft
 * @param newDraft the later draft
 * @param alignment how their articles correspond; also the renumbering that cross-references follow
 * @param title the edit of the document title
 * @param preamble the edits of the recitals
 * @param parts division headings and articles, in reading order
 * @param statistics counts over the whole comparison
 */
public record Comparison(
    Draft oldDraft,
    Draft newDraft,
    Alignment alignment,
    TextChange title,
    List<ClauseChange> preamble,
    List<Part> parts,
    Statistics statistics) {

  public Comparison {
    Objects.requireNonNull(oldDraft, "oldDraft");
    Objects.requireNonNull(newDraft, "newDraft");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(title, "title");
    preamble = List.copyOf(preamble);
    parts = List.copyOf(parts);
    Objects.requireNonNull(statistics, "statistics");
  }

  /**
   * The clauses that left one article for another article not linked to it, in the order of their
   * move ids: the {@link ClauseMove}s whose two ends lie in changes of different links. A clause
   * that travels with its article (moved out of order, split or merged) is not among them.
   */
  public List<ParagraphMove> movesBetweenArticles() {
    Map<ClauseMove, ArticleChange> sources = new IdentityHashMap<>();
    Map<ClauseMove, ArticleChange> targets = new IdentityHashMap<>();
    for (ArticleChange a : articles()) {
      for (ClauseChange c : a.clauses()) {
        if (c.isMoveSource()) {
          sources.put(c.move().orElseThrow(), a);
        } else if (c.isMoveTarget()) {
          targets.put(c.move().orElseThrow(), a);
        }
      }
    }
    List<ParagraphMove> moves = new ArrayList<>();
    sources.forEach((move, from) -> {
      ArticleChange to = targets.get(move);
      if (to != null && to.link() != from.link() && from.oldArticle().isPresent() && to.newArticle().isPresent()) {
        moves.add(new ParagraphMove(from.oldArticle().get(), to.newArticle().get(), move));
      }
    });
    moves.sort(Comparator.comparingInt(m -> m.move().id()));
    return List.copyOf(moves);
  }

  /** The article changes alone, in reading order. */
  public List<ArticleChange> articles() {
    return parts.stream()
        .filter(ArticleChange.class::isInstance)
        .map(ArticleChange.class::cast)
        .toList();
  }
}
