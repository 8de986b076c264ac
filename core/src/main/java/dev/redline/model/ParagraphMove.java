package dev.redline.model;

import java.util.Objects;

/**
 * A paragraph (or subparagraph, or item) that moved from one article to another between two
 * drafts, articles that are not otherwise linked: a move, not a deletion plus an insertion. It is
 * one of the comparison's {@link ClauseMove}s, seen from the articles it left and joined (see
 * {@link Comparison#movesBetweenArticles()}).
 *
 * @param fromArticle the article of the old draft it left
 * @param toArticle the article of the new draft it joined
 * @param move the move itself: both clauses, and what changed on the way
 */
public record ParagraphMove(Article fromArticle, Article toArticle, ClauseMove move) {
  public ParagraphMove {
    Objects.requireNonNull(fromArticle, "fromArticle");
    Objects.requireNonNull(toArticle, "toArticle");
    Objects.requireNonNull(move, "move");
  }

  /** The clause in the old draft. */
  public Clause from() {
    return move.oldClause();
  }

  /** The clause in the new draft. */
  public Clause to() {
    return move.newClause();
  }

  @Override
  public String toString() {
    return from().path() + " -> " + to().path();
  }
}
