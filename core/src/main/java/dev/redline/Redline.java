package dev.redline;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandsFile;
import dev.redline.demands.DemandsFileException;
import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Alignment;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import java.util.ArrayList;
import java.util.List;

/**
 * One call for each thing a user asks of drafts already read, in the style of {@code Jsoup.parse}:
 * the comparison of two, the history of a chain and the comparison of each of its steps, the
 * demands checked over it. It wires {@link Aligner}, {@link Histories}, {@link ClauseDiffer} and
 * {@link DemandChecker}; the command line, the web app, the benchmarks and the tests all call it,
 * so they give the same results.
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
    return steps(history, (step, index, count) -> {});
  }

  /**
   * The comparison of each step of the history, telling the listener before each step is compared
   * (a command line or a web page shows it as progress).
   */
  public static List<Comparison> steps(History history, StepListener listener) {
    List<Comparison> steps = new ArrayList<>();
    for (Alignment step : history.steps()) {
      listener.comparing(step, steps.size(), history.steps().size());
      steps.add(compare(step));
    }
    return List.copyOf(steps);
  }

  /**
   * The status of every demand of the file in every draft of the history, with its evidence.
   *
   * @throws DemandsFileException if a demand names a draft or article numbering the history does not hold
   */
  public static Tracker check(History history, DemandsFile demands) throws DemandsFileException {
    return new DemandChecker().check(history, demands);
  }

  /** Told of each step of a history before it is compared. */
  @FunctionalInterface
  public interface StepListener {
    /**
     * Called before a step is compared.
     *
     * @param step the alignment about to be compared
     * @param index its place among the steps, from 0
     * @param count how many steps there are
     */
    void comparing(Alignment step, int index, int count);
  }
}
