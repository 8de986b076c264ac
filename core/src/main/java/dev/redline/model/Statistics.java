package dev.redline.model;

import java.util.List;
import java.util.Map;

/**
 * Counts over a whole comparison: the one place every report takes its figures from.
 *
 * <p>Every total is the sum of its parts. The words deleted and inserted are those of the
 * classified edits, added up over the kinds in {@link #changes()}: the words of a deleted or
 * inserted clause or article are a {@link ChangeKind#SUBSTANTIVE} (or {@link ChangeKind#BRACKETS})
 * edit like any other; clause labels and article numbers in headings count only where they changed
 * ({@link ChangeKind#NUMBERING}). Moved text is neither deleted nor inserted: its words are counted
 * apart ({@link #wordsMoved()}), and what changed on the way is counted once, by kind. The clauses
 * changed are those modified, inserted, deleted and moved; a table and its rows hold no text of
 * their own and are counted through their cells, so that a cell changed counts once.
 *
 * @param oldArticles articles in the old draft
 * @param newArticles articles in the new draft
 * @param links how many links carry each kind (a link that is renumbered and modified counts
 *     under both)
 * @param articlesOnlyRenumbered the renumbered articles whose only other edits are cross-references
 *     and footnote numbers that follow a renumbering (see {@link ArticleChange#changedBeyondNumbering()}):
 *     the renumbered articles a summary does not list
 * @param clausesModified clauses in both drafts, in the same place, whose text changed in a way a
 *     reader would notice (not only in white space, quote or dash style or hyphenation)
 * @param clausesInserted clauses that are new
 * @param clausesDeleted clauses that are gone
 * @param clausesMoved clauses that changed their place, within or between articles, each counted once
 * @param wordsMoved the words of the moved clauses, as they stand in the new draft
 * @param changes the classified edits of the whole comparison (title, recitals, division and
 *     article headings, clauses, footnotes) counted by kind; every kind is present, in the order of
 *     {@link ChangeKind}
 */
public record Statistics(
    int oldArticles,
    int newArticles,
    Map<LinkKind, Integer> links,
    int articlesOnlyRenumbered,
    int clausesModified,
    int clausesInserted,
    int clausesDeleted,
    int clausesMoved,
    int wordsMoved,
    Map<ChangeKind, ChangeCount> changes) {
  public Statistics {
    links = Map.copyOf(links);
    changes = ChangeCount.complete(changes);
    if (articlesOnlyRenumbered < 0 || clausesModified < 0 || clausesInserted < 0 || clausesDeleted < 0 || clausesMoved < 0 || wordsMoved < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** How many links carry this kind. */
  public int count(LinkKind kind) {
    return links.getOrDefault(kind, 0);
  }

  /** The edits of one kind, with the words they delete and insert. */
  public ChangeCount changes(ChangeKind kind) {
    return changes.get(kind);
  }

  /**
   * The kinds a table of changes by kind lists: every kind, but {@link ChangeKind#FORMATTING} only
   * where there is a formatting change, so that drafts without formatting (plain text, PDF) report
   * as they did before formatting was compared. The totals still count every kind.
   */
  public List<ChangeKind> kindsListed() {
    return java.util.Arrays.stream(ChangeKind.values())
        .filter(k -> k != ChangeKind.FORMATTING || changes(k).edits() > 0)
        .toList();
  }

  /**
   * The kinds a table of articles by kind lists: every kind, but {@link LinkKind#REFORMATTED} only
   * where an article is, so that drafts without formatting report as they did before formatting was
   * compared.
   */
  public List<LinkKind> linkKindsListed() {
    return java.util.Arrays.stream(LinkKind.values())
        .filter(k -> k != LinkKind.REFORMATTED || count(k) > 0)
        .toList();
  }

  /** Every edit, of every kind, with the words deleted and inserted: the sum of {@link #changes()}. */
  public ChangeCount total() {
    return changes.values().stream().reduce(ChangeCount.NONE, ChangeCount::plus);
  }

  /** Clauses modified, inserted, deleted or moved. */
  public int clausesChanged() {
    return clausesModified + clausesInserted + clausesDeleted + clausesMoved;
  }

  /** The words deleted: those of the edits of every kind. */
  public int wordsDeleted() {
    return total().wordsDeleted();
  }

  /** The words inserted: those of the edits of every kind. */
  public int wordsInserted() {
    return total().wordsInserted();
  }
}
