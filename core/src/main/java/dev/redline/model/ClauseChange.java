package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause of the old draft, its counterpart in the new one, and the edit between their lines.
 *
 * <p>A clause that moved among its siblings appears as two clause changes that share one
 * {@link ClauseMove}: at its old place with only {@code oldClause} and a deleted {@code text} (the
 * move's source), and at its new place with only {@code newClause} and an inserted {@code text}
 * (its target). What changed on the way is in the move's text and {@link #edits()}.
 *
 * @param oldClause the clause in the old draft; empty where the clause is new, or at a move's target
 * @param newClause the clause in the new draft; empty where the clause is gone, or at a move's source
 * @param text the edit between the clauses' lines (label and text)
 * @param move the move this change is one end of; empty where the clause did not move
 */
public record ClauseChange(
    Optional<Clause> oldClause, Optional<Clause> newClause, TextChange text, Optional<ClauseMove> move) {
  public ClauseChange {
    Objects.requireNonNull(oldClause, "oldClause");
    Objects.requireNonNull(newClause, "newClause");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(move, "move");
    if (oldClause.isEmpty() && newClause.isEmpty()) {
      throw new IllegalArgumentException("a clause change needs a clause on at least one side");
    }
    if (move.isPresent()) {
      ClauseMove m = move.get();
      boolean source = oldClause.isPresent() && newClause.isEmpty() && oldClause.get().id().equals(m.oldClause().id())
          && text.status() == ChangeStatus.DELETED;
      boolean target = newClause.isPresent() && oldClause.isEmpty() && newClause.get().id().equals(m.newClause().id())
          && text.status() == ChangeStatus.INSERTED;
      if (!source && !target) {
        throw new IllegalArgumentException("a moved clause is deleted at its source or inserted at its target");
      }
    }
  }

  /** A clause change that is not part of a move. */
  public ClauseChange(Optional<Clause> oldClause, Optional<Clause> newClause, TextChange text) {
    this(oldClause, newClause, text, Optional.empty());
  }

  /** The clause as it stands in the newer draft where it exists, else in the older. */
  public Clause clause() {
    return newClause.or(() -> oldClause).orElseThrow();
  }

  /** Depth below the article: 0 for paragraphs, 1 for subparagraphs, 2 for items. */
  public int depth() {
    return clause().depth();
  }

  /** Whether this is the place a moved clause left (Word's {@code w:moveFrom}). */
  public boolean isMoveSource() {
    return move.isPresent() && newClause.isEmpty();
  }

  /** Whether this is the place a moved clause went to (Word's {@code w:moveTo}). */
  public boolean isMoveTarget() {
    return move.isPresent() && oldClause.isEmpty();
  }

  /**
   * What changed in the clause, classified: the edits of its text; for a moved clause, the edits
   * between its old and new line, given at the move's target only so that they count once.
   */
  public List<Edit> edits() {
    if (isMoveTarget()) {
      return move.orElseThrow().text().edits();
    }
    if (isMoveSource()) {
      return List.of();
    }
    return text.edits();
  }
}
