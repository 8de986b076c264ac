package dev.redline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A clause quoted as evidence for a finding, with where it stands and how it changed.
 *
 * @param revision the draft's revision label
 * @param article the article number in that draft
 * @param articleId the article's id in that draft ({@link Article#id()}: {@code art18}, {@code art18~2}
 *     where the draft repeats the number), which a report matches on, as numbers may repeat
 * @param path the clause path in that draft ({@code 18.1}); the article number alone for a whole article
 * @param id the quoted clause's id in that draft ({@link Clause#id()}), the article's id for a whole article
 * @param provenance where the clause was read (file, line, page)
 * @param quote the clause's text exactly as in the draft; empty where the target is gone
 * @param change the clause's edit from the previous draft, as the comparison of the two drafts has
 *     it (for a gone clause, its deletion); empty where there is no previous draft or nothing changed
 */
public record Evidence(
    String revision, String article, String articleId, String path, String id, Provenance provenance, String quote, Optional<TextChange> change) {
  public Evidence {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(change, "change");
  }

  /** Whether the evidence is a whole article rather than one of its clauses. */
  public boolean wholeArticle() {
    return id.equals(articleId);
  }
}
