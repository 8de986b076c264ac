package dev.redline.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One correspondence between articles of an old and a new draft.
 *
 * <p>A one-to-one link has one article on each side; an insertion has none on the old side, a
 * deletion none on the new side; a split has one old and several new articles, a merge several old
 * and one new.
 *
 * @param oldArticles the articles of the old draft, in their order there
 * @param newArticles the articles of the new draft, in their order there
 * @param kinds what happened, never empty (see {@link LinkKind})
 * @param confidence how sure the aligner is, from 0 to 1
 * @param reason one line a user can read: why the aligner made this link
 */
public record ArticleLink(
    List<Article> oldArticles,
    List<Article> newArticles,
    Set<LinkKind> kinds,
    double confidence,
    String reason) {

  public ArticleLink {
    oldArticles = List.copyOf(oldArticles);
    newArticles = List.copyOf(newArticles);
    if (oldArticles.isEmpty() && newArticles.isEmpty()) {
      throw new IllegalArgumentException("a link needs an article on at least one side");
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a link needs at least one kind");
    }
    kinds = Set.copyOf(EnumSet.copyOf(kinds));
    Objects.requireNonNull(reason, "reason");
  }

  /** The same link with other kinds. */
  public ArticleLink withKinds(Set<LinkKind> newKinds) {
    return new ArticleLink(oldArticles, newArticles, newKinds, confidence, reason);
  }

  /** Whether the link pairs exactly one old with exactly one new article. */
  public boolean isOneToOne() {
    return oldArticles.size() == 1 && newArticles.size() == 1;
  }

  /** Whether the link has this kind. */
  public boolean is(LinkKind kind) {
    return kinds.contains(kind);
  }

  /** The kinds in their natural order, as words: {@code renumbered modified}. */
  public String kindWords() {
    return EnumSet.copyOf(kinds).stream().map(LinkKind::word).collect(Collectors.joining(" "));
  }

  /** The old numbers joined: {@code 17}, {@code 24, 25}, or {@code -} where there are none. */
  public String oldNumbers() {
    return numbers(oldArticles);
  }

  /** The new numbers joined: {@code 18}, {@code 24, 25}, or {@code -} where there are none. */
  public String newNumbers() {
    return numbers(newArticles);
  }

  private static String numbers(List<Article> articles) {
    return articles.isEmpty()
        ? "-"
        : articles.stream().map(Article::number).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return oldNumbers() + " -> " + newNumbers() + " : " + kindWords();
  }
}
