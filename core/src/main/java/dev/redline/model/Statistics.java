package dev.redline.model;

import java.util.Map;

/**
 * Counts over a whole comparison.
 *
 * @param oldArticles articles in the old draft
 * @param newArticles articles in the new draft
 * @param links how many links carry each kind (a link that is renumbered and modified counts
 *     under both)
 * @param clausesChanged clauses with a change a reader would notice: modified, inserted, deleted
 *     or moved, a moved clause counted once; clauses that differ only in white space, quote or dash
 *     style or hyphenation are not counted
 * @param wordsDeleted words deleted across the body, as the segments show them
 * @param wordsInserted words inserted across the body, as the segments show them
 * @param changes the classified edits of the whole comparison (title, recitals, division and
 *     article headings, clauses, footnotes) counted by kind; every kind is present, in the order of
 *     {@link ChangeKind}
 */
public record Statistics(
    int oldArticles,
    int newArticles,
    Map<LinkKind, Integer> links,
    int clausesChanged,
    int wordsDeleted,
    int wordsInserted,
    Map<ChangeKind, ChangeCount> changes) {
  public Statistics {
    links = Map.copyOf(links);
    changes = ChangeCount.complete(changes);
  }

  /** How many links carry this kind. */
  public int count(LinkKind kind) {
    return links.getOrDefault(kind, 0);
  }

  /** The edits of one kind, with the words they delete and insert. */
  public ChangeCount changes(ChangeKind kind) {
    return changes.get(kind);
  }
}
