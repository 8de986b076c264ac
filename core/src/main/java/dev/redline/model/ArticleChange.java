package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article in both drafts, or in one of them, with the edit of its heading, clauses and footnotes.
 *
 * <p>A one-to-one link gives one article change with both sides. A split gives one change pairing
 * the old article with the first new one, and one insertion for each further new article; a merge
 * pairs the first old article with the new one and deletes the others. An article moved out of
 * order is deleted where it stood and inserted where it went, so that accepting every change gives
 * the new draft and rejecting every change gives the old.
 *
 * @param link the alignment link this change belongs to
 * @param oldArticle the article in the old draft; empty where inserted here
 * @param newArticle the article in the new draft; empty where deleted here
 * @param heading the edit of the heading line ({@code Article 17. Title} to {@code Article 18. Title})
 * @param clauses the edits of the clauses, in reading order
 * @param footnotes the edits of the footnotes, in reading order
 */
public record ArticleChange(
    ArticleLink link,
    Optional<Article> oldArticle,
    Optional<Article> newArticle,
    TextChange heading,
    List<ClauseChange> clauses,
    List<TextChange> footnotes) implements Part {

  public ArticleChange {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(oldArticle, "oldArticle");
    Objects.requireNonNull(newArticle, "newArticle");
    Objects.requireNonNull(heading, "heading");
    clauses = List.copyOf(clauses);
    footnotes = List.copyOf(footnotes);
  }

  /** Whether anything in the article's heading, clauses or footnotes differs. */
  public boolean isChanged() {
    return heading.status() != ChangeStatus.UNCHANGED
        || clauses.stream().anyMatch(c -> c.text().status() != ChangeStatus.UNCHANGED)
        || footnotes.stream().anyMatch(f -> f.status() != ChangeStatus.UNCHANGED);
  }
}
