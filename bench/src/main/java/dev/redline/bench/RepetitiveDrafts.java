package dev.redline.bench;

import dev.redline.model.Article;
import dev.redline.model.Division;
import dev.redline.model.DivisionKind;
import dev.redline.model.Draft;
import dev.redline.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts that repeat themselves, as model clauses repeated in every annex do: a block of
 * provisions, the same text each time, repeated K times, copy k in its own chapter ({@code Chapter
 * k. Model provisions}) with every title ending in k ({@code Scope of application 3}). Only the
 * title's number, the chapter and the order tell two copies of a provision apart.
 */
public final class RepetitiveDrafts {
  /** The number of provisions in the block the benchmark repeats. */
  public static final int BLOCK = 48;

  private RepetitiveDrafts() {}

  /** The first {@code block} articles of the template, repeated {@code copies} times. */
  public static Draft of(Draft template, int block, int copies) {
    if (block < 1 || block > template.articles().size() || copies < 1) {
      throw new IllegalArgumentException("block of 1 to " + template.articles().size() + " articles, at least 1 copy");
    }
    List<Division> chapters = new ArrayList<>();
    List<Article> made = new ArrayList<>();
    for (int k = 1; k <= copies; k++) {
      Division chapter =
          new Division(DivisionKind.CHAPTER, "Chapter " + k, String.valueOf(k), "Model provisions", new Provenance("repetitive", made.size() + 1, 0));
      chapters.add(chapter);
      for (Article provision : template.articles().subList(0, block)) {
        made.add(Drafts.inDivisions(Drafts.retitle(provision, provision.title() + " " + k), List.of(chapter)));
      }
    }
    return Drafts.draft("Repetitive", made, chapters);
  }
}
