package dev.redline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A division heading in both drafts, or in one of them.
 *
 * @param oldDivision the heading in the old draft; empty where the division is new
 * @param newDivision the heading in the new draft; empty where the division is gone
 * @param heading the edit between the two headings
 */
public record DivisionChange(
    Optional<Division> oldDivision, Optional<Division> newDivision, TextChange heading) implements Part {
  public DivisionChange {
    Objects.requireNonNull(oldDivision, "oldDivision");
    Objects.requireNonNull(newDivision, "newDivision");
    Objects.requireNonNull(heading, "heading");
  }
}
