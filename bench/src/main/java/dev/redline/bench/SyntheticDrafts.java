package dev.redline.bench;

import dev.redline.model.Article;
import dev.redline.model.Division;
import dev.redline.model.DivisionKind;
import dev.redline.model.Draft;
import dev.redline.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Drafts of any size in the style of a template: article i takes the structure and wording of
 * template article {@code i mod n} with about half of its words replaced at random from the
 * template's own vocabulary, so that every article is distinct yet reads like the others (shared
 * boilerplate included), grouped in chapters of about 25 articles.
 */
public final class SyntheticDrafts {
  private static final int ARTICLES_PER_CHAPTER = 25;

  private SyntheticDrafts() {}

  /** A draft of this many articles made from the template; same seed, same draft. */
  public static Draft of(Draft template, int articles, long seed) {
    Random random = new Random(seed);
    List<String> vocabulary = PairGenerator.vocabulary(template);
    List<Division> chapters = new ArrayList<>();
    List<Article> made = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      if (i % ARTICLES_PER_CHAPTER == 0) {
        int c = chapters.size() + 1;
        String title = PairGenerator.pick(vocabulary, random) + " and " + PairGenerator.pick(vocabulary, random);
        chapters.add(new Division(DivisionKind.CHAPTER, "Chapter " + c, String.valueOf(c), title, new Provenance("synthetic", i + 1, 0)));
      }
      Article t = template.articles().get(i % template.articles().size());
      Article a = Drafts.rewrite(t, text -> PairGenerator.reword(text, 0.5, vocabulary, random));
      String title = PairGenerator.reword(t.title(), 0.5, vocabulary, random) + " " + PairGenerator.pick(vocabulary, random);
      made.add(Drafts.inDivisions(Drafts.retitle(a, title), List.of(chapters.get(chapters.size() - 1))));
    }
    return Drafts.draft("Synthetic", made, chapters);
  }
}
