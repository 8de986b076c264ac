package dev.redline.model;

import java.util.List;
import java.util.Objects;

/**
 * A demand Redline drafted from a letter, with the evidence a reviewer needs to accept, amend or
 * drop it.
 *
 * @param demand the demand, marked {@link Demand#draft()}
 * @param source the letter's sentence the demand comes from
 * @param confidence how sure the drafting is, from 0 (a guess) to 1 (an explicit request with its
 *     article and wording)
 * @param why why this target and this check were chosen, in a sentence
 * @param proposals for a topic demand drafted against a draft, the articles whose text matches the
 *     topic's key phrases, best first; empty otherwise
 */
public record DraftedDemand(Demand demand, Quote source, double confidence, String why, List<Proposal> proposals) {
  public DraftedDemand {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(why, "why");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be from 0 to 1: " + confidence);
    }
    proposals = List.copyOf(proposals);
  }

  /**
   * A sentence of a letter, with where it starts.
   *
   * @param sentence the sentence, its broken lines joined
   * @param page the 1-based page where it starts, or 0 where the letter has no pages
   * @param line the 1-based line where it starts
   */
  public record Quote(String sentence, int page, int line) {
    public Quote {
      Objects.requireNonNull(sentence, "sentence");
    }

    /** Where the sentence starts: {@code p. 2, l. 14}, or {@code l. 14} without pages. */
    public String where() {
      return (page > 0 ? "p. " + page + ", " : "") + "l. " + line;
    }
  }

  /**
   * An article proposed as the target of a topic demand.
   *
   * @param article the article's number in the draft drafted against
   * @param title the article's title, empty where it has none
   * @param score the share of a key phrase's words found in the article, from 0 to 1
   */
  public record Proposal(String article, String title, double score) {
    public Proposal {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(title, "title");
    }
  }
}
