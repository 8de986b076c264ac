package dev.redline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a clause stands in its draft: the article's number and the labels down to the clause, as
 * in {@code 18.2.b.i}. Unnumbered text is {@code p1}, {@code p2} in its article ({@code 3.p1});
 * recitals stand under {@code preamble} ({@code preamble.1}); a table, its rows and their cells
 * are {@code t1}, {@code r1}, {@code c1} ({@code 2.t1.r3.c2}); a label repeated within an article
 * gets {@code ~2}, {@code ~3} ({@code 18.2~2}).
 *
 * <p>The string form ({@link #toString()}) is what every report and spec file prints, and {@link
 * #parse} reads it back. Paths order as a reader expects: article by article, then label by label,
 * numbers by value ({@code 18.2} before {@code 18.10}).
 *
 * @param article the article's number without spaces ({@code 18}, {@code 5bis}), or {@code
 *     preamble} for a recital; never empty and never holding a dot
 * @param labels the labels from the article down to the clause, at least one; none empty or holding
 *     a dot
 */
public record ClausePath(String article, List<String> labels) implements Comparable<ClausePath> {
  /** The article part of a recital's path. */
  public static final String PREAMBLE = "preamble";

  public ClausePath {
    Objects.requireNonNull(article, "article");
    labels = List.copyOf(labels);
    if (!isPart(article)) {
      throw new IllegalArgumentException("a clause path needs an article without dots or spaces: \"" + article + "\"");
    }
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a clause path needs at least one label: " + article);
    }
    for (String label : labels) {
      if (!isPart(label)) {
        throw new IllegalArgumentException("a clause path's label is empty or holds a dot or space: \"" + label + "\"");
      }
    }
  }

  /**
   * The path of a top-level clause of the article with this number, as printed: spaces are left out
   * ({@code 5 bis} gives {@code 5bis}) and a dot, which only a user's article pattern can let into a
   * number, becomes {@code -}.
   */
  public static ClausePath of(String articleNumber, String label) {
    return new ClausePath(articlePart(articleNumber), List.of(label));
  }

  /** The article part of the paths of the article with this number: {@code 5bis} for {@code 5 bis}. */
  public static String articlePart(String articleNumber) {
    String part = articleNumber.replaceAll("\\s++", "").replace('.', '-');
    return part.isEmpty() ? "-" : part;
  }

  /** The path of the recital with this number, from 1: {@code preamble.3}. */
  public static ClausePath recital(int number) {
    return new ClausePath(PREAMBLE, List.of(String.valueOf(number)));
  }

  /**
   * The path written as {@code 18.2.b.i}.
   *
   * @throws IllegalArgumentException where the text is not a path: no label, or an empty part
   */
  public static ClausePath parse(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', start)) {
      parts.add(text.substring(start, dot));
      start = dot + 1;
    }
    parts.add(text.substring(start));
    if (parts.size() < 2) {
      throw new IllegalArgumentException("not a clause path (article.label...): \"" + text + "\"");
    }
    return new ClausePath(parts.get(0), parts.subList(1, parts.size()));
  }

  /** The path of a clause this one introduces. */
  public ClausePath child(String label) {
    List<String> longer = new ArrayList<>(labels);
    longer.add(label);
    return new ClausePath(article, longer);
  }

  /** The same path with another last label: a repeat's {@code 2~2} for {@code 2}. */
  public ClausePath withLast(String label) {
    List<String> changed = new ArrayList<>(labels);
    changed.set(changed.size() - 1, label);
    return new ClausePath(article, changed);
  }

  /** The path of the clause that introduces this one; empty for a top-level clause. */
  public Optional<ClausePath> parent() {
    return labels.size() == 1 ? Optional.empty() : Optional.of(new ClausePath(article, labels.subList(0, labels.size() - 1)));
  }

  /** Depth below the article: 0 for paragraphs, text, recitals and tables, 1 for subparagraphs and rows, 2 for items and cells. */
  public int depth() {
    return labels.size() - 1;
  }

  /** The clause's own label in the path, the last: {@code i} for {@code 18.2.b.i}. */
  public String last() {
    return labels.get(labels.size() - 1);
  }

  /** Whether this is a recital's path. */
  public boolean isRecital() {
    return article.equals(PREAMBLE);
  }

  /** The path below the article, the same in any article: {@code 2.b.i} for {@code 18.2.b.i}. */
  public String withinArticle() {
    return String.join(".", labels);
  }

  @Override
  public int compareTo(ClausePath other) {
    int c = comparePart(article, other.article);
    for (int i = 0; c == 0 && i < Math.min(labels.size(), other.labels.size()); i++) {
      c = comparePart(labels.get(i), other.labels.get(i));
    }
    return c != 0 ? c : Integer.compare(labels.size(), other.labels.size());
  }

  /** The path as printed in reports and spec files: {@code 18.2.b.i}. */
  @Override
  public String toString() {
    return article + "." + withinArticle();
  }

  private static boolean isPart(String part) {
    return !part.isEmpty() && part.indexOf('.') < 0 && part.chars().noneMatch(Character::isWhitespace);
  }

  /** Numbers by value where both parts start with digits, then the rest as text. */
  private static int comparePart(String a, String b) {
    int da = leadingDigits(a);
    int db = leadingDigits(b);
    if (da > 0 && db > 0) {
      String na = a.substring(0, da).replaceFirst("^0+(?=.)", "");
      String nb = b.substring(0, db).replaceFirst("^0+(?=.)", "");
      int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
      if (c != 0) {
        return c;
      }
      return a.substring(da).compareTo(b.substring(db));
    }
    return a.compareTo(b);
  }

  private static int leadingDigits(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
