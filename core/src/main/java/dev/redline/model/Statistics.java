package dev.redline.model;

import java.util.Map;

/**
 * Counts over a whole comparison.
 *
 * @param oldArticles articles in the old draft
 * @param newArticles articles in the new draft
 * @param links how many links carry each kind (a link that is renumbered and modified counts
 *     under both)
 * @param clausesChanged clauses modified, inserted or deleted
 * @param wordsDeleted words deleted across the body
 * @param wordsInserted words inserted across the body
 */
public record Statistics(
    int oldArticles,
    int newArticles,
    Map<LinkKind, Integer> links,
    int clausesChanged,
    int wordsDeleted,
    int wordsInserted) {
  public Statistics {
    links = Map.copyOf(links);
  }

  /** How many links carry this kind. */
  public int count(LinkKind kind) {
    return links.getOrDefault(kind, 0);
  }
}
