package dev.redline.model;

import java.util.Objects;

/**
 * A part, title, chapter or section heading, such as {@code Chapter IV. Procedural measures and law
 * enforcement}.
 *
 * @param kind the kind of division
 * @param label the designation exactly as printed, such as {@code Chapter IV}
 * @param number the number as printed, such as {@code IV}; digits of other scripts, Chinese numerals
 *     and Arabic ordinal words as ASCII digits ({@code 1} for {@code 第一章} and {@code الفصل الأول})
 * @param title the title, empty where the division has none
 * @param provenance where the heading was read
 */
public record Division(DivisionKind kind, String label, String number, String title, Provenance provenance) {
  public Division {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The heading as one line: {@code Chapter IV. Procedural measures and law enforcement}. */
  public String heading() {
    return title.isEmpty() ? label : label + ". " + title;
  }
}
