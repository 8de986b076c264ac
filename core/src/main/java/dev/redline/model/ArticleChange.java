package dev.redline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article in both drafts, or in one of them, with the edit of its heading, clauses and footnotes.
 *
 * <p>A one-to-one link gives one article change with both sides. A split gives one change pairing
 * the old article with the first new one, and one insertion for each further new article; a merge
 * pairs the first old article with the new one and deletes the others. An article moved out of
 * order is deleted where it stood and inserted where it went, so that accepting every change gives
 * the new draft and rejecting every change gives the old; its two headings carry no edits, and its
 * clauses are linked as moves ({@link ClauseMove}) between the two places, as are the clauses of a
 * split or merged article between its old and new articles. Where it went, {@link #headingMove()}
 * holds the edit from its old heading to its new one ({@code Article 30} to {@code Article 35}),
 * whose edits are counted there, once.
 *
 * <p>{@link #edits()} and {@link #counts()} say what kind of change each changed piece is: wording,
 * editorial, numbering, consequential on renumbering, or square brackets. A renumbered article's
 * heading gives one {@link ChangeKind#NUMBERING} edit ({@code Article 17} to {@code Article 18}).
 *
 * @param link the alignment link this change belongs to
 * @param oldArticle the article in the old draft; empty where inserted here
 * @param newArticle the article in the new draft; empty where deleted here
 * @param heading the edit of the heading line ({@code Article 17. Title} to {@code Article 18. Title})
 * @param clauses the edits of the clauses, in reading order; a clause that moved within the
 *     article appears at both places (see {@link ClauseChange})
 * @param footnotes the edits of the footnotes, in reading order
 * @param headingMove at the place a moved article went: the edit from its old heading to its new
 *     one; empty everywhere else
 */
public record ArticleChange(
    ArticleLink link,
    Optional<Article> oldArticle,
    Optional<Article> newArticle,
    TextChange heading,
    List<ClauseChange> clauses,
    List<TextChange> footnotes,
    Optional<TextChange> headingMove) implements Part {

  public ArticleChange {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(oldArticle, "oldArticle");
    Objects.requireNonNull(newArticle, "newArticle");
    Objects.requireNonNull(heading, "heading");
    clauses = List.copyOf(clauses);
    footnotes = List.copyOf(footnotes);
    Objects.requireNonNull(headingMove, "headingMove");
    if (headingMove.isPresent() && (oldArticle.isPresent() || newArticle.isEmpty())) {
      throw new IllegalArgumentException("a heading move belongs where a moved article went");
    }
  }

  /** An article change that is not the place a moved article went. */
  public ArticleChange(
      ArticleLink link,
      Optional<Article> oldArticle,
      Optional<Article> newArticle,
      TextChange heading,
      List<ClauseChange> clauses,
      List<TextChange> footnotes) {
    this(link, oldArticle, newArticle, heading, clauses, footnotes, Optional.empty());
  }

  /** The same change under another link (the differ's kinds for the aligner's). */
  public ArticleChange withLink(ArticleLink other) {
    return new ArticleChange(other, oldArticle, newArticle, heading, clauses, footnotes, headingMove);
  }

  /** Whether anything in the article's heading, clauses or footnotes differs. */
  public boolean isChanged() {
    return heading.status() != ChangeStatus.UNCHANGED
        || clauses.stream().anyMatch(c -> c.text().status() != ChangeStatus.UNCHANGED)
        || footnotes.stream().anyMatch(f -> f.status() != ChangeStatus.UNCHANGED);
  }

  /**
   * Whether a reader looking for what changed needs to see the article: it is new, gone, moved,
   * split, merged or retitled, or it has edits other than {@link ChangeKind#NUMBERING} and {@link
   * ChangeKind#CONSEQUENTIAL} ones. An article unchanged, or only renumbered with the
   * cross-references that follow, does not.
   */
  public boolean changedBeyondNumbering() {
    for (LinkKind kind : link.kinds()) {
      if (kind != LinkKind.UNCHANGED && kind != LinkKind.RENUMBERED && kind != LinkKind.MODIFIED && kind != LinkKind.REFERENCES_UPDATED) {
        return true;
      }
    }
    if (oldArticle.isEmpty() || newArticle.isEmpty()) {
      return true;
    }
    return edits().stream().anyMatch(e -> e.kind() != ChangeKind.NUMBERING && e.kind() != ChangeKind.CONSEQUENTIAL);
  }

  /**
   * Every classified edit of the article, in reading order: heading (for a moved article, where
   * it went: from its old heading), clauses, footnotes.
   */
  public List<Edit> edits() {
    List<Edit> edits = new ArrayList<>(heading.edits());
    headingMove.ifPresent(h -> edits.addAll(h.edits()));
    clauses.forEach(c -> edits.addAll(c.edits()));
    footnotes.forEach(f -> edits.addAll(f.edits()));
    return List.copyOf(edits);
  }

  /** The edits counted by kind, with the words each kind deletes and inserts; every kind is present. */
  public Map<ChangeKind, ChangeCount> counts() {
    return ChangeCount.byKind(edits());
  }

  /** The count of one kind of edit. */
  public ChangeCount count(ChangeKind kind) {
    return counts().get(kind);
  }
}
