package dev.redline.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything that changed between two drafts: the one result that every report reads.
 *
 * <p>The parts run in reading order, with old and new interleaved: keeping every {@code INSERT} and
 * dropping every {@code DELETE} segment and every part or line that exists only in the old draft
 * gives the new draft, and the reverse gives the old draft.
 *
 * @param oldDraft the earlier draft
 * @param newDraft the later draft
 * @param alignment how their articles correspond
 * @param title the edit of the document title
 * @param preamble the edits of the recitals
 * @param parts division headings and articles, in reading order
 * @param statistics counts over the whole comparison
 */
public record Comparison(
    Draft oldDraft,
    Draft newDraft,
    Alignment alignment,
    TextChange title,
    List<ClauseChange> preamble,
    List<Part> parts,
    Statistics statistics) {

  public Comparison {
    Objects.requireNonNull(oldDraft, "oldDraft");
    Objects.requireNonNull(newDraft, "newDraft");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(title, "title");
    preamble = List.copyOf(preamble);
    parts = List.copyOf(parts);
    Objects.requireNonNull(statistics, "statistics");
  }

  /** The article changes alone, in reading order. */
  public List<ArticleChange> articles() {
    return parts.stream()
        .filter(ArticleChange.class::isInstance)
        .map(ArticleChange.class::cast)
        .toList();
  }
}
