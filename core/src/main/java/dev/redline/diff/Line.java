package dev.redline.diff;

import dev.redline.model.InlineText;
import java.util.Objects;

/**
 * One line as the word diff sees it: a label ({@code (a)}, {@code 1.}, {@code Article 17}, a
 * footnote's number), the separator after it, and the body. A change to the label alone is
 * numbering; the body is compared word by word.
 */
record Line(String label, String separator, InlineText content) {
  Line {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(content, "content");
  }

  /** A line whose body is plain text, without footnote references. */
  Line(String label, String separator, String body) {
    this(label, separator, InlineText.of(body));
  }

  /** The body in its plain view, as the word diff compares it. */
  String body() {
    return content.plain();
  }

  /** The whole line as structure: label and separator, then the body. */
  InlineText whole() {
    return content.after(head());
  }

  /** A line without a label. */
  static Line of(String body) {
    return new Line("", "", body);
  }

  /** A line with a label that a space separates from the body where there is a label. */
  static Line labelled(String label, InlineText body) {
    return new Line(label, label.isEmpty() ? "" : " ", body);
  }

  /** The label and its separator: the part of the line that is compared as a label. */
  String head() {
    return label + separator;
  }

  /** The line as a reader sees it. */
  String text() {
    return label + separator + body();
  }
}
