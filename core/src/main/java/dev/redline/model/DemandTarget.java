package dev.redline.model;

import java.util.List;
import java.util.Objects;

/** What a demand is about: an article or a clause of it, or a topic found by its key phrases. */
public sealed interface DemandTarget {
  /** Where the target is written in the demands file. */
  Position position();

  /**
   * An article, or a paragraph or subparagraph of it, by its number in the demand's numbering
   * draft: {@code 18}, {@code 28(4)}, {@code 36(1)(b)}.
   *
   * @param article the article number as printed
   * @param labels the clause labels below the article, outermost first; empty for the whole article
   * @param position where it is written
   */
  record Provision(String article, List<String> labels, Position position) implements DemandTarget {
    public Provision {
      Objects.requireNonNull(article, "article");
      labels = List.copyOf(labels);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(article);
      labels.forEach(l -> b.append('(').append(l).append(')'));
      return b.toString();
    }
  }

  /**
   * A topic: every clause in which one of the key phrases occurs, in each draft.
   *
   * @param phrases the key phrases
   * @param position where it is written
   */
  record Topic(List<String> phrases, Position position) implements DemandTarget {
    public Topic {
      phrases = List.copyOf(phrases);
    }

    @Override
    public String toString() {
      return "topic: " + String.join(" / ", phrases);
    }
  }
}
