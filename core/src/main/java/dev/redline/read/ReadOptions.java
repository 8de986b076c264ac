package dev.redline.read;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How to read a draft where the built-in heading grammar is not enough.
 *
 * <p>An article pattern replaces the built-in article headings ({@code Article 5}, {@code § 5a},
 * {@code 第五条} and the others the README lists); divisions, labels and footnotes are still
 * recognised as usual. The pattern is matched against each whole line that could start a block
 * ({@link java.util.regex.Matcher#matches()}): its named group {@code number} is the article's
 * number (digits of any script are read as ASCII digits), and its optional named group {@code
 * title} the title; where the title is empty, the next line may hold it, as with built-in headings.
 * The article's label is the line up to the end of the number.
 *
 * <p>Limits protect against files far beyond any draft: a file larger than {@code maxBytes}, a PDF
 * of more than {@code maxPages} pages, or a draft of more than {@code maxArticles} articles, ten
 * times as many clauses ({@link #maxClauses()}) or as many footnotes ({@link #maxFootnotes()}), is
 * refused with {@link DraftReadException.Problem#TOO_LARGE} and a message saying the limit. Reading
 * stops at the first provision over the limit, so a file of a million articles costs no more than
 * one at the limit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articlePattern the pattern of article headings, or empty for the built-in grammar
 * @param maxBytes the largest file read, in bytes (default 512 MiB)
 * @param maxPages the most pages a PDF may have (default 20,000)
 * @param maxArticles the most articles a draft may have (default 10,000)
 * @param progress told of each page read, for a progress display (default: {@link ReadProgress#NONE})
 * @param formatting whether runs get the formatting the source gives them (bold, italic, ...; the
 *     default); without it every run is plain, so that a comparison sees words only and reports no
 *     {@link dev.redline.model.ChangeKind#FORMATTING} change, as with Word's "Formatting" check box
 *     cleared
 */
public record ReadOptions(
    Optional<Pattern> articlePattern, long maxBytes, int maxPages, int maxArticles, ReadProgress progress, boolean formatting) {
  /** The largest file read by default: 512 MiB. */
  public static final long DEFAULT_MAX_BYTES = 512L << 20;
  /** The most pages a PDF may have by default. */
  public static final int DEFAULT_MAX_PAGES = 20_000;
  /**
   * The most articles a draft may have by default: several times the largest drafts and codes
   * (a few thousand articles), and as many as a comparison can hold in a heap of 1 GB.
   */
  public static final int DEFAULT_MAX_ARTICLES = 10_000;
  /** The built-in grammar for everything, and the default limits. */
  public static final ReadOptions DEFAULTS = new ReadOptions(Optional.empty());

  /** Options with this article pattern (or none) and the default limits. */
  public ReadOptions(Optional<Pattern> articlePattern) {
    this(articlePattern, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MAX_ARTICLES, ReadProgress.NONE, true);
  }

  /** These options, reading every run as plain text: formatting is ignored. */
  public ReadOptions withoutFormatting() {
    return new ReadOptions(articlePattern, maxBytes, maxPages, maxArticles, progress, false);
  }

  /** These options with other limits of size and pages. */
  public ReadOptions withLimits(long maxBytes, int maxPages) {
    return new ReadOptions(articlePattern, maxBytes, maxPages, maxArticles, progress, formatting);
  }

  /** These options with another limit of articles (and so of clauses and footnotes). */
  public ReadOptions withMaxArticles(int maxArticles) {
    return new ReadOptions(articlePattern, maxBytes, maxPages, maxArticles, progress, formatting);
  }

  /** These options, telling {@code progress} of each page read. */
  public ReadOptions withProgress(ReadProgress progress) {
    return new ReadOptions(articlePattern, maxBytes, maxPages, maxArticles, progress, formatting);
  }

  /** The most clauses (recitals, paragraphs, subparagraphs, items) a draft may have: ten for each article allowed. */
  public int maxClauses() {
    return (int) Math.min(Integer.MAX_VALUE, 10L * maxArticles);
  }

  /** The most footnotes a draft may define: one for each article allowed. */
  public int maxFootnotes() {
    return maxArticles;
  }

  /**
   * Checks the pattern.
   *
   * @throws IllegalArgumentException if the pattern has no named group {@code number}
   */
  public ReadOptions {
    java.util.Objects.requireNonNull(articlePattern, "articlePattern");
    java.util.Objects.requireNonNull(progress, "progress");
    if (maxBytes < 1 || maxPages < 1 || maxArticles < 1) {
      throw new IllegalArgumentException("limits must be at least 1 byte, 1 page and 1 article");
    }
    articlePattern.ifPresent(p -> {
      if (!hasGroup(p, "number")) {
        throw new IllegalArgumentException(
            "the article pattern '" + p.pattern() + "' has no named group 'number', such as (?<number>\\d+)");
      }
    });
  }

  /**
   * Options with this article pattern.
   *
   * @param regex a Java regular expression with a named group {@code number} and optionally one
   *     named {@code title}
   * @throws IllegalArgumentException with a message fit for the user if the expression is invalid
   *     or has no group {@code number}
   */
  public static ReadOptions withArticlePattern(String regex) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the article pattern '" + regex + "' is not a valid regular expression: "
              + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""),
          e);
    }
    return new ReadOptions(Optional.of(pattern));
  }

  /** Whether the pattern defines a named group; a back-reference to a missing one does not compile. */
  static boolean hasGroup(Pattern pattern, String name) {
    try {
      Pattern.compile("(?:" + pattern.pattern() + ")|\\k<" + name + ">", pattern.flags());
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
