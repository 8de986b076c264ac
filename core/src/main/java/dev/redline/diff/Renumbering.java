package dev.redline.diff;

import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleLink;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which article, paragraph and footnote numbers of an old draft became which numbers of a new one:
 * what a cross-reference must follow for its change to be only consequential.
 *
 * <p>{@link ClauseDiffer#compare(Alignment)} builds one from the alignment's links (a split or
 * merge allows every pairing of its numbers) and from the paragraphs and footnotes it pairs inside
 * each aligned article. Immutable and thread-safe; the {@code with} methods return new instances.
 */
public final class Renumbering {
  private static final Renumbering NONE = new Renumbering(Map.of(), Map.of(), Map.of());

  private final Map<String, Set<String>> articles;
  private final Map<String, Set<String>> paragraphs;
  private final Map<String, Set<String>> footnotes;

  private Renumbering(
      Map<String, Set<String>> articles, Map<String, Set<String>> paragraphs, Map<String, Set<String>> footnotes) {
    this.articles = articles;
    this.paragraphs = paragraphs;
    this.footnotes = footnotes;
  }

  /** No renumbering known: no cross-reference change is consequential. */
  public static Renumbering none() {
    return NONE;
  }

  /** The article numbers of every link that has articles on both sides. */
  public static Renumbering of(Alignment alignment) {
    Builder b = new Builder();
    for (ArticleLink link : alignment.links()) {
      for (Article o : link.oldArticles()) {
        for (Article n : link.newArticles()) {
          b.article(o.number(), n.number());
        }
      }
    }
    return b.build();
  }

  /** Gathers many numbers before building, without a copy for each. Not thread-safe. */
  static final class Builder {
    private final Map<String, Set<String>> articles = new HashMap<>();
    private final Map<String, Set<String>> paragraphs = new HashMap<>();
    private final Map<String, Set<String>> footnotes = new HashMap<>();

    Builder article(String oldNumber, String newNumber) {
      articles.computeIfAbsent(oldNumber, k -> new HashSet<>()).add(newNumber);
      return this;
    }

    Builder paragraph(String oldArticle, String oldParagraph, String newArticle, String newParagraph) {
      paragraphs
          .computeIfAbsent(oldArticle + "(" + oldParagraph + ")", k -> new HashSet<>())
          .add(newArticle + "(" + newParagraph + ")");
      return this;
    }

    Builder footnote(String oldMarker, String newMarker) {
      footnotes.computeIfAbsent(oldMarker, k -> new HashSet<>()).add(newMarker);
      return this;
    }

    Renumbering build() {
      return new Renumbering(freeze(articles), freeze(paragraphs), freeze(footnotes));
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
      Map<String, Set<String>> copy = new HashMap<>();
      map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
      return Map.copyOf(copy);
    }
  }

  /** This renumbering, knowing also that old article {@code oldNumber} is now {@code newNumber}. */
  public Renumbering withArticle(String oldNumber, String newNumber) {
    return new Renumbering(add(articles, oldNumber, newNumber), paragraphs, footnotes);
  }

  /** This renumbering, knowing also that paragraph {@code oldParagraph} of old article {@code oldArticle} is now paragraph {@code newParagraph} of new article {@code newArticle}. */
  public Renumbering withParagraph(String oldArticle, String oldParagraph, String newArticle, String newParagraph) {
    return new Renumbering(
        articles, add(paragraphs, oldArticle + "(" + oldParagraph + ")", newArticle + "(" + newParagraph + ")"), footnotes);
  }

  /** This renumbering, knowing also that footnote {@code oldMarker} (as in {@code [^3]}: {@code 3}) is now {@code newMarker}. */
  public Renumbering withFootnote(String oldMarker, String newMarker) {
    return new Renumbering(articles, paragraphs, add(footnotes, oldMarker, newMarker));
  }

  /** Everything this and the other renumbering know. */
  public Renumbering with(Renumbering other) {
    return new Renumbering(
        merge(articles, other.articles), merge(paragraphs, other.paragraphs), merge(footnotes, other.footnotes));
  }

  /** Whether old article {@code oldNumber} is now article {@code newNumber}. */
  public boolean articleBecame(String oldNumber, String newNumber) {
    return articles.getOrDefault(oldNumber, Set.of()).contains(newNumber);
  }

  /** The numbers old article {@code oldNumber} became: several for a split; empty where unknown or deleted. */
  Set<String> articlesFrom(String oldNumber) {
    return articles.getOrDefault(oldNumber, Set.of());
  }

  /** Whether paragraph {@code oldParagraph} of old article {@code oldArticle} is now paragraph {@code newParagraph} of new article {@code newArticle}. */
  public boolean paragraphBecame(String oldArticle, String oldParagraph, String newArticle, String newParagraph) {
    return paragraphs
        .getOrDefault(oldArticle + "(" + oldParagraph + ")", Set.of())
        .contains(newArticle + "(" + newParagraph + ")");
  }

  /** Whether footnote {@code oldMarker} is now footnote {@code newMarker}. */
  public boolean footnoteBecame(String oldMarker, String newMarker) {
    return footnotes.getOrDefault(oldMarker, Set.of()).contains(newMarker);
  }

  private static Map<String, Set<String>> add(Map<String, Set<String>> map, String from, String to) {
    Objects.requireNonNull(from, "old number");
    Objects.requireNonNull(to, "new number");
    Map<String, Set<String>> copy = new HashMap<>(map);
    Set<String> targets = new HashSet<>(copy.getOrDefault(from, Set.of()));
    targets.add(to);
    copy.put(from, Set.copyOf(targets));
    return Map.copyOf(copy);
  }

  private static Map<String, Set<String>> merge(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    Map<String, Set<String>> copy = new HashMap<>(a);
    b.forEach((from, tos) -> {
      Set<String> targets = new HashSet<>(copy.getOrDefault(from, Set.of()));
      targets.addAll(tos);
      copy.put(from, Set.copyOf(targets));
    });
    return Map.copyOf(copy);
  }

  @Override
  public String toString() {
    return "Renumbering[articles=" + articles + ", paragraphs=" + paragraphs + ", footnotes=" + footnotes + "]";
  }
}
