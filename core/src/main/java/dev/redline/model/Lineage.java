package dev.redline.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One provision followed through a history of drafts: one row of the concordance.
 *
 * <p>A lineage starts from an article of the last draft it appears in and follows the alignment
 * back. Where the provision was split, each part has its own lineage and they share the earlier
 * article; where articles were merged, the merged article's lineage holds all of them in the
 * earlier drafts.
 *
 * @param articles for each draft of the history, in order, the provision's articles there; an
 *     empty list where it does not exist (not yet inserted, or already deleted)
 */
public record Lineage(List<List<Article>> articles) {
  public Lineage {
    articles = articles.stream().map(List::copyOf).toList();
  }

  /** The provision's numbers in one draft, joined: {@code 17}, {@code 31, 32}, or empty. */
  public String numbers(int draft) {
    return articles.get(draft).stream().map(Article::number).collect(Collectors.joining(", "));
  }

  /** The provision's article in the latest draft where it exists (the first, for a merge). */
  public Optional<Article> latest() {
    for (int d = articles.size() - 1; d >= 0; d--) {
      if (!articles.get(d).isEmpty()) {
        return Optional.of(articles.get(d).get(0));
      }
    }
    return Optional.empty();
  }
}
