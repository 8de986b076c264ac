package dev.redline.model;

import java.util.Objects;

/**
 * A paragraph (or subparagraph, or item) that moved from one article to another between two
 * drafts: a move, not a deletion plus an insertion.
 *
 * @param fromArticle the article of the old draft it left
 * @param from the clause in the old draft
 * @param toArticle the article of the new draft it joined
 * @param to the clause in the new draft
 * @param similarity how alike the two clauses' words are, from 0 to 1
 */
public record ParagraphMove(Article fromArticle, Clause from, Article toArticle, Clause to, double similarity) {
  public ParagraphMove {
    Objects.requireNonNull(fromArticle, "fromArticle");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(toArticle, "toArticle");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public String toString() {
    return from.path() + " -> " + to.path();
  }
}
