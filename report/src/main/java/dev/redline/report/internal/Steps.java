package dev.redline.report.internal;

import dev.redline.model.Comparison;
import dev.redline.model.History;
import java.util.List;

/** The check every history report makes of the comparisons it is given. Stateless. */
public final class Steps {
  private Steps() {}

  /**
   * Checks that there is one comparison per step and that comparison k compares the history's
   * drafts k and k+1.
   *
   * @throws IllegalArgumentException if not
   */
  public static void check(History history, List<Comparison> steps) {
    if (steps.size() != history.steps().size()) {
      throw new IllegalArgumentException("one comparison per step of the history is needed");
    }
    for (int k = 0; k < steps.size(); k++) {
      if (steps.get(k).oldDraft() != history.drafts().get(k) || steps.get(k).newDraft() != history.drafts().get(k + 1)) {
        throw new IllegalArgumentException("comparison " + (k + 1) + " does not compare drafts " + (k + 1) + " and " + (k + 2) + " of the history");
      }
    }
  }
}
