package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the articles of two drafts correspond: every article of each draft is in exactly one link.
 * Which clauses moved, within or between articles, is the clause differ's to say (see {@link
 * Comparison#movesBetweenArticles()}).
 *
 * @param oldDraft the earlier draft
 * @param newDraft the later draft
 * @param links the links in the order of the new draft, each deletion placed after the link of the
 *     old article before it
 */
public record Alignment(Draft oldDraft, Draft newDraft, List<ArticleLink> links) {
  public Alignment {
    Objects.requireNonNull(oldDraft, "oldDraft");
    Objects.requireNonNull(newDraft, "newDraft");
    links = List.copyOf(links);
  }

  /** The link that holds this article of the old draft, found by its id. */
  public Optional<ArticleLink> linkOfOld(Article article) {
    return links.stream().filter(l -> holds(l.oldArticles(), article)).findFirst();
  }

  /** The link that holds this article of the new draft, found by its id. */
  public Optional<ArticleLink> linkOfNew(Article article) {
    return links.stream().filter(l -> holds(l.newArticles(), article)).findFirst();
  }

  private static boolean holds(List<Article> articles, Article article) {
    return articles.stream().anyMatch(a -> a.id().equals(article.id()));
  }
}
