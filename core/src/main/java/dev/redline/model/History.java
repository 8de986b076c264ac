package dev.redline.model;

import java.util.List;

/**
 * A chain of drafts (Rev.1 ... final) with the comparison of each consecutive pair and the
 * lineage of every provision through all of them.
 *
 * @param drafts the drafts, oldest first
 * @param steps the comparisons of consecutive drafts: {@code steps.get(k)} compares drafts k and
 *     k+1, with their alignment ({@link Comparison#alignment()})
 * @param lineages the concordance rows, in the reading order of the drafts: provisions of the last
 *     draft in its order, each provision that ended earlier placed after the one before it there
 */
public record History(List<Draft> drafts, List<Comparison> steps, List<Lineage> lineages) {
  public History {
    drafts = List.copyOf(drafts);
    steps = List.copyOf(steps);
    lineages = List.copyOf(lineages);
    if (drafts.size() < 2 || steps.size() != drafts.size() - 1) {
      throw new IllegalArgumentException("a history needs two or more drafts and one comparison per step");
    }
    for (int k = 0; k < steps.size(); k++) {
      if (steps.get(k).oldDraft() != drafts.get(k) || steps.get(k).newDraft() != drafts.get(k + 1)) {
        throw new IllegalArgumentException("comparison " + (k + 1) + " does not compare drafts " + (k + 1) + " and " + (k + 2));
      }
    }
  }

  /** The alignment of drafts k and k+1: that of their comparison. */
  public Alignment alignment(int k) {
    return steps.get(k).alignment();
  }
}
