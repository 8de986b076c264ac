package dev.redline.model;

import java.util.List;
import java.util.Objects;

/**
 * A run of text that is kept, inserted or deleted.
 *
 * <p>A kept run shows the new draft's text. Where the old draft writes the same words differently
 * only in white space, quote style ({@code “ ”} or {@code "}), dash style ({@code –} or {@code -})
 * or a hyphen left where a word was broken at a line end, {@link #oldText()} holds the old spelling
 * so that the old line can still be rebuilt; such a run is not a change.
 *
 * @param op what happened to the run
 * @param text the run's text, never empty: as in the new draft for {@code EQUAL} and {@code INSERT},
 *     as in the old draft for {@code DELETE}
 * @param oldText the run as the old draft writes it: for {@code EQUAL} the old spelling, usually the
 *     same as {@code text}; for {@code DELETE} the same as {@code text}; for {@code INSERT} empty
 * @param content {@code text} as structure: its runs and footnote references, whose plain view
 *     ({@link Inline#plain()}) is {@code text}; a writer renders this, never searching {@code text}
 * @param formerly for a kept run that the old draft sets in another format (a {@link
 *     ChangeKind#FORMATTING} change), the old draft's structure of the same words; empty otherwise
 */
public record Segment(Op op, String text, String oldText, List<Inline> content, List<Inline> formerly) {
  /** What happened to a run of text. */
  public enum Op {
    /** In both texts. */
    EQUAL,
    /** In the new text only. */
    INSERT,
    /** In the old text only. */
    DELETE
  }

  public Segment {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(oldText, "oldText");
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a segment needs text");
    }
    content = List.copyOf(content);
    if (!new InlineText(content).plain().equals(text)) {
      throw new IllegalArgumentException("a segment's content does not read as its text");
    }
    formerly = List.copyOf(formerly);
    if (!formerly.isEmpty() && (op != Op.EQUAL || !new InlineText(formerly).plain().equals(text))) {
      throw new IllegalArgumentException("only a kept run has a former format, of its own words");
    }
    switch (op) {
      case INSERT -> {
        if (!oldText.isEmpty()) {
          throw new IllegalArgumentException("an inserted run has no old text");
        }
      }
      case DELETE -> {
        if (!oldText.equals(text)) {
          throw new IllegalArgumentException("a deleted run's old text is its text");
        }
      }
      case EQUAL -> {
        if (oldText.isEmpty()) {
          throw new IllegalArgumentException("a kept run needs its old text");
        }
      }
    }
  }

  /** A run given as structure, set alike in both drafts. */
  public Segment(Op op, String text, String oldText, List<Inline> content) {
    this(op, text, oldText, content, List.of());
  }

  /** A run of plain text, without footnote references, as each draft writes it. */
  public Segment(Op op, String text, String oldText) {
    this(op, text, oldText, text == null || text.isEmpty() ? List.of() : List.of(new Inline.Run(text)));
  }

  /** A run of plain text written the same way in both drafts (for {@code EQUAL}), or inserted or deleted. */
  public Segment(Op op, String text) {
    this(op, text, op == Op.INSERT ? "" : text);
  }

  /** The same run with its text given as structure, which must read as its text. */
  public Segment withContent(List<Inline> structure) {
    return new Segment(op, text, oldText, structure, formerly);
  }

  /**
   * What changed in the format of a reformatted run, in the reader's words ({@link
   * Format#changeFrom}), each change once in the order met: {@code italic added; bold removed};
   * empty for a run that is not reformatted.
   */
  public String formattingChange() {
    if (formerly.isEmpty()) {
      return "";
    }
    InlineText now = new InlineText(content);
    InlineText before = new InlineText(formerly);
    java.util.Set<String> changes = new java.util.LinkedHashSet<>();
    for (int i = 0; i < now.plain().length(); i++) {
      String change = now.formatAt(i).changeFrom(before.formatAt(i));
      if (!change.isEmpty()) {
        changes.add(change);
      }
    }
    return String.join("; ", changes);
  }

  /** Whether this is a kept run whose words the old draft sets in another format. */
  public boolean isReformatted() {
    return !formerly.isEmpty();
  }

  /** Whether this is a kept run that the old draft writes differently (white space, quotes, dashes, hyphenation). */
  public boolean isRestyled() {
    return op == Op.EQUAL && !oldText.equals(text);
  }
}
