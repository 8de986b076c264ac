package dev.redline.model;

import java.util.Objects;

/**
 * A footnote, attached to the clause whose text cites its marker.
 *
 * @param marker the marker as cited, such as {@code 1} for {@code [^1]}
 * @param text the footnote's text
 * @param provenance where the footnote's text was read
 * @param id names the footnote within its draft: {@code fn} and its marker ({@code fn1}, {@code
 *     fne2} for an endnote cited as {@code [^e2]}); a draft has one footnote for each marker
 */
public record Footnote(String marker, String text, Provenance provenance, String id) {
  public Footnote {
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a footnote needs an id");
    }
  }

  /** A footnote with the id its marker gives. */
  public Footnote(String marker, String text, Provenance provenance) {
    this(marker, text, provenance, idOf(marker));
  }

  /** The id of the footnote with this marker: {@code fn3}. */
  public static String idOf(String marker) {
    return "fn" + marker;
  }
}
