package dev.redline.model;

import java.util.List;

/**
 * A chain of drafts (Rev.1 ... final) with the alignment of each consecutive pair and the
 * lineage of every provision through all of them.
 *
 * @param drafts the drafts, oldest first
 * @param steps the alignments of consecutive drafts: {@code steps.get(k)} aligns drafts k and k+1
 * @param lineages the concordance rows, in the reading order of the drafts: provisions of the last
 *     draft in its order, each provision that ended earlier placed after the one before it there
 */
public record History(List<Draft> drafts, List<Alignment> steps, List<Lineage> lineages) {
  public History {
    drafts = List.copyOf(drafts);
    steps = List.copyOf(steps);
    lineages = List.copyOf(lineages);
    if (drafts.size() < 2 || steps.size() != drafts.size() - 1) {
      throw new IllegalArgumentException("a history needs two or more drafts and one alignment per step");
    }
  }
}
