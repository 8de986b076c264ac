package dev.redline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A clause of the old draft, its counterpart in the new one, and the edit between their lines.
 *
 * @param oldClause the clause in the old draft; empty where the clause is new
 * @param newClause the clause in the new draft; empty where the clause is gone
 * @param text the edit between the clauses' lines (label and text)
 */
public record ClauseChange(Optional<Clause> oldClause, Optional<Clause> newClause, TextChange text) {
  public ClauseChange {
    Objects.requireNonNull(oldClause, "oldClause");
    Objects.requireNonNull(newClause, "newClause");
    Objects.requireNonNull(text, "text");
    if (oldClause.isEmpty() && newClause.isEmpty()) {
      throw new IllegalArgumentException("a clause change needs a clause on at least one side");
    }
  }

  /** The clause as it stands in the newer draft where it exists, else in the older. */
  public Clause clause() {
    return newClause.or(() -> oldClause).orElseThrow();
  }

  /** Depth below the article: 0 for paragraphs, 1 for subparagraphs, 2 for items. */
  public int depth() {
    return clause().depth();
  }
}
