package dev.redline.model;

import java.util.Objects;

/**
 * A clause that changed its place: the link between where it stood in the old draft and where it
 * went in the new one.
 *
 * <p>A moved clause appears twice in a comparison, so that both sides still rebuild their drafts:
 * once deleted where it stood (the move's source, Word's {@code w:moveFrom}) and once inserted where
 * it went (its target, {@code w:moveTo}). Both {@link ClauseChange}s carry the same move. What
 * changed on the way (a new label, edited words) is in {@link #text()}, and is counted once.
 *
 * @param id a number, from 1, that names the move within its comparison; both ends carry it
 * @param oldClause the clause where it stood in the old draft
 * @param newClause the clause where it went in the new draft
 * @param text the edit from the old line to the new one (label and text), with its classified edits
 */
public record ClauseMove(int id, Clause oldClause, Clause newClause, TextChange text) {
  public ClauseMove {
    if (id < 1) {
      throw new IllegalArgumentException("a move id starts from 1");
    }
    Objects.requireNonNull(oldClause, "oldClause");
    Objects.requireNonNull(newClause, "newClause");
    Objects.requireNonNull(text, "text");
  }

  /** The words of the moved clause as it stands in the new draft, counted as {@link Edit} counts them. */
  public int words() {
    return Words.count(newClause.text());
  }
}
