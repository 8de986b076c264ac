package dev.redline.model;

import java.util.Objects;

/**
 * A footnote, attached to the clause whose text cites its marker.
 *
 * @param marker the marker as cited, such as {@code 1} for {@code [^1]}
 * @param text the footnote's text
 * @param provenance where the footnote's text was read
 */
public record Footnote(String marker, String text, Provenance provenance) {
  public Footnote {
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
  }
}
