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
import java.util.function.Consumer;

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
   * The history of a chain of drafts, oldest first: each consecutive pair aligned and compared, and
   * every provision followed through them.
   *
   * @throws IllegalArgumentException with fewer than two drafts
   */
  public static History history(List<Draft> drafts) {
    return history(drafts, stage -> { });
  }

  /**
   * The history of a chain of drafts, saying what it does as it goes: {@code Aligning Rev.1 with
   * Rev.2}, then {@code Comparing Rev.1 with Rev.2}, for each step.
   *
   * @throws IllegalArgumentException with fewer than two drafts
   */
  public static History history(List<Draft> drafts, Consumer<String> stage) {
    if (drafts.size() < 2) {
      throw new IllegalArgumentException("a history needs two or more drafts");
    }
    Aligner aligner = new Aligner();
    ClauseDiffer differ = new ClauseDiffer();
    List<Comparison> steps = new ArrayList<>();
    for (int k = 0; k + 1 < drafts.size(); k++) {
      String pair = drafts.get(k).revision() + " with " + drafts.get(k + 1).revision();
      stage.accept("Aligning " + pair);
      Alignment alignment = aligner.align(drafts.get(k), drafts.get(k + 1));
      stage.accept("Comparing " + pair);
      steps.add(differ.compare(alignment));
    }
    return Histories.of(steps);
  }

  /** The comparison of each step of the history: element k compares drafts k and k+1. */
  public static List<Comparison> steps(History history) {
    return history.steps();
  }
}
