package dev.redline.report.internal;

import dev.redline.model.Article;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseMove;
import dev.redline.model.Comparison;
import dev.redline.model.Division;
import dev.redline.model.LinkKind;
import dev.redline.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sentences that say what happened to an article or a moved clause, in a reader's words, for
 * comments, badges and summaries: {@code Was Article 17 in Rev.2.} Stateless.
 */
public final class ArticleNotes {
  private ArticleNotes() {}

  /**
   * What happened to the article, said at this place of the redline: renumbering, moves, splits,
   * merges, insertion, deletion, a new title, cross-references updated, formatting alone changed, a
   * text that stands for the previous one ({@code (Non modifié)}); empty where the article only
   * changed in its words or not at all.
   */
  public static String of(ArticleChange change, Comparison comparison) {
    ArticleLink link = change.link();
    String oldRev = comparison.oldDraft().revision();
    String newRev = comparison.newDraft().revision();
    List<String> sentences = new ArrayList<>();
    if (link.is(LinkKind.INSERTED)) {
      sentences.add("New in " + newRev + ".");
    } else if (link.is(LinkKind.DELETED)) {
      sentences.add("Deleted in " + newRev + ".");
    } else if (link.is(LinkKind.SPLIT)) {
      sentences.add(articles(link.oldArticles()) + " of " + oldRev + " was split into " + articles(link.newArticles()) + " of " + newRev + ".");
    } else if (link.is(LinkKind.MERGED)) {
      sentences.add(
          change.newArticle().isPresent()
              ? articles(link.oldArticles()) + " of " + oldRev + " were merged into this article."
              : "Merged into " + articles(link.newArticles()) + " of " + newRev + ", with " + others(link.oldArticles(), change.oldArticle().orElseThrow()) + ".");
    } else if (change.newArticle().isEmpty()) {
      Article to = link.newArticles().get(0);
      sentences.add("Moved away: this article is " + articles(List.of(to)) + where(to) + " in " + newRev + ", marked there as moved here.");
    } else if (change.oldArticle().isEmpty()) {
      Article from = link.oldArticles().get(0);
      sentences.add("Moved here: this article was " + articles(List.of(from)) + where(from) + " in " + oldRev + ", marked there as moved away.");
    } else {
      Article from = change.oldArticle().get();
      Article to = change.newArticle().get();
      if (link.is(LinkKind.MOVED)) {
        sentences.add("Moved" + (from.division().isPresent() ? " from " + label(from.division().get()) : "")
            + (to.division().isPresent() ? " to " + label(to.division().get()) : "") + ".");
      }
      if (link.is(LinkKind.RENUMBERED)) {
        sentences.add("Was " + articles(List.of(from)) + " in " + oldRev + ".");
      }
      if (link.is(LinkKind.RETITLED)) {
        sentences.add("Retitled; was \u201c" + from.title() + "\u201d.");
      }
      if (link.is(LinkKind.REFERENCES_UPDATED)) {
        sentences.add("Only its cross-references changed, to follow the renumbering.");
      }
      if (link.is(LinkKind.REFORMATTED)) {
        sentences.add(link.is(LinkKind.REFERENCES_UPDATED)
            ? "Some of its words are set in another format."
            : "Only its formatting changed: the same words, some set in another format.");
      }
      if (to.standsForPreviousText()) {
        sentences.add("Marked not modified in " + newRev + ", with no text: the text of " + oldRev + " stands.");
      }
    }
    return String.join(" ", sentences);
  }

  /** Where a moved clause went or came from, said at this end: {@code Moved to 24.3 in Rev.3.} */
  public static String of(ClauseChange clause, Comparison comparison) {
    ClauseMove move = clause.move().orElseThrow(() -> new IllegalArgumentException("not a moved clause"));
    if (clause.isMoveSource()) {
      return "Moved to " + move.newClause().path() + " in " + comparison.newDraft().revision() + ".";
    }
    String dropped =
        move.text().segments().stream()
            .filter(s -> s.op() == Segment.Op.DELETE)
            .map(Segment::text)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> "\u201c" + s + "\u201d")
            .collect(Collectors.joining(", "));
    return "Moved from " + move.oldClause().path() + " in " + comparison.oldDraft().revision() + "."
        + (dropped.isEmpty() ? "" : " Left out on the way: " + dropped + ".");
  }

  /**
   * The edits counted by kind, in words, kinds without edits left out: {@code 1 substantive, 1
   * numbering, 2 consequential}; empty where there are none.
   */
  public static String edits(Map<ChangeKind, ChangeCount> counts) {
    List<String> parts = new ArrayList<>();
    for (ChangeKind kind : ChangeKind.values()) {
      ChangeCount c = counts.get(kind);
      if (c != null && c.edits() > 0) {
        parts.add(c.edits() + " " + kind.word());
      }
    }
    return String.join(", ", parts);
  }

  /** {@code Article 17}, {@code Articles 31 and 32}, {@code Articles 24, 25 and 26}. */
  public static String articles(List<Article> articles) {
    if (articles.size() == 1) {
      return "Article " + articles.get(0).number();
    }
    List<String> numbers = articles.stream().map(Article::number).toList();
    return "Articles " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
  }

  private static String others(List<Article> all, Article one) {
    return articles(all.stream().filter(a -> a != one).toList());
  }

  private static String where(Article article) {
    return article.division().map(d -> " of " + label(d)).orElse("");
  }

  private static String label(Division division) {
    return division.label();
  }
}
