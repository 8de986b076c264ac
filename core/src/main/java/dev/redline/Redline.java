package dev.redline;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Alignment;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import java.util.ArrayList;
import java.util.List;

/**
 * One call for each thing a user asks of drafts already read: the comparison of two, or the
 * history of a chain. It wires {@link Aligner}, {@link Histories} and {@link ClauseDiffer} as the
 * command line and the web app both do, so they give the same results.
 *
 * <p>Stateless and thread-safe.
 */
public final class Redline {
  private Redline() {}

  /** The comparison of two drafts: their articles aligned, then every aligned pair diffed. */
  public static Comparison compare(Draft oldDraft, Draft newDraft) {
    return compare(new Aligner().align(oldDraft, newDraft));
  }

  /** The comparison of an alignment already made, such as one step of a {@link History}. */
  public static Comparison compare(Alignment alignment) {
    return new ClauseDiffer().compare(alignment);
  }

  /**
   * The history of a chain of drafts, oldest first: each consecutive pair aligned and every
   * provision followed through them.
   *
   * @throws IllegalArgumentException with fewer than two drafts
   */
  public static History history(List<Draft> drafts) {
    return Histories.of(drafts, new Aligner());
  }

  /** The comparison of each step of the history: element k compares drafts k and k+1. */
  public static List<Comparison> steps(History history) {
    List<Comparison> steps = new ArrayList<>();
    for (Alignment step : history.steps()) {
      steps.add(compare(step));
    }
    return List.copyOf(steps);
  }
}
