package dev.redline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a run of text is set: bold, italic and the other character properties a draft can give it,
 * and the character style that gives them, where the draft names one. Immutable and thread-safe.
 *
 * <p>Two runs with the same words and different formats are a {@link ChangeKind#FORMATTING} change.
 * The style name is carried for writers that keep it; runs are compared on their properties alone,
 * so a style that sets nothing new is no change.
 *
 * @param properties the character properties that are on
 * @param style the character style's name, empty where none is named
 */
public record Format(Set<Property> properties, String style) {
  /** Plain text: no property, no style. */
  public static final Format PLAIN = new Format(Set.of(), "");

  /** A character property that a run can have. */
  public enum Property {
    /** Bold type. */
    BOLD,
    /** Italic or oblique type. */
    ITALIC,
    /** Underlined, in any style of line. */
    UNDERLINE,
    /** Struck through, once or twice. */
    STRIKE,
    /** Raised and small, as an exponent. */
    SUPERSCRIPT,
    /** Lowered and small, as an index. */
    SUBSCRIPT,
    /** Lower-case letters as small capitals. */
    SMALL_CAPS;

    /** The words a reader sees: {@code small caps}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  public Format {
    properties = properties.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(properties));
    Objects.requireNonNull(style, "style");
    if (properties.contains(Property.SUPERSCRIPT) && properties.contains(Property.SUBSCRIPT)) {
      throw new IllegalArgumentException("a run is superscript or subscript, not both");
    }
  }

  /** A format with these properties and no style. */
  public static Format of(Property... properties) {
    return properties.length == 0 ? PLAIN : new Format(EnumSet.of(properties[0], properties), "");
  }

  /** Whether this property is on. */
  public boolean has(Property property) {
    return properties.contains(property);
  }

  /** This format with the property on or off. */
  public Format with(Property property, boolean on) {
    EnumSet<Property> set = properties.isEmpty() ? EnumSet.noneOf(Property.class) : EnumSet.copyOf(properties);
    if (on) {
      set.add(property);
      if (property == Property.SUPERSCRIPT) {
        set.remove(Property.SUBSCRIPT);
      } else if (property == Property.SUBSCRIPT) {
        set.remove(Property.SUPERSCRIPT);
      }
    } else {
      set.remove(property);
    }
    return new Format(set, style);
  }

  /** This format naming a character style. */
  public Format withStyle(String name) {
    return new Format(properties, name);
  }

  /** Whether the two set text alike: the same properties, whatever the style's name. */
  public boolean looksLike(Format other) {
    return properties.equals(other.properties);
  }

  /**
   * What changed from the old format to this one, in the reader's words: {@code italic added,
   * bold removed}; empty where they look alike.
   */
  public String changeFrom(Format old) {
    List<String> out = new ArrayList<>();
    for (Property p : Property.values()) {
      if (has(p) && !old.has(p)) {
        out.add(p.word() + " added");
      } else if (!has(p) && old.has(p)) {
        out.add(p.word() + " removed");
      }
    }
    return String.join(", ", out);
  }

  @Override
  public String toString() {
    return properties.isEmpty() ? "plain" : properties.stream().map(Property::word).collect(Collectors.joining("+"));
  }
}
