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
 * @param titleContent the title as structure, whose plain view is {@code title}: a footnote cited
 *     in the title is a reference there, as in a clause
 */
public record Division(DivisionKind kind, String label, String number, String title, Provenance provenance, InlineText titleContent) {
  public Division {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provenance, "provenance");
    if (!titleContent.plain().equals(title)) {
      throw new IllegalArgumentException("the title's structure does not read as the title: " + title);
    }
  }

  /** A division whose title cites no footnote. */
  public Division(DivisionKind kind, String label, String number, String title, Provenance provenance) {
    this(kind, label, number, title, provenance, InlineText.of(title));
  }

  /** A division whose title is this structure. */
  public static Division of(DivisionKind kind, String label, String number, InlineText title, Provenance provenance) {
    return new Division(kind, label, number, title.plain(), provenance, title);
  }

  /** The heading as one line: {@code Chapter IV. Procedural measures and law enforcement}. */
  public String heading() {
    return title.isEmpty() ? label : label + ". " + title;
  }
}
