package dev.redline.model;

import java.util.Objects;

/**
 * A run of text that is kept, inserted or deleted.
 *
 * @param op what happened to the run
 * @param text the run's text, never empty
 */
public record Segment(Op op, String text) {
  /** What happened to a run of text. */
  public enum Op {
    EQUAL,
    INSERT,
    DELETE
  }

  public Segment {
    Objects.requireNonNull(op, "op");
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a segment needs text");
    }
  }
}
