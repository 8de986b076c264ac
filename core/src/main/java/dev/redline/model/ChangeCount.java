package dev.redline.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many edits of one kind there are, and how many words they delete and insert.
 *
 * @param edits the number of edits
 * @param wordsDeleted the words they delete ({@link Edit#wordsDeleted()}, added up)
 * @param wordsInserted the words they insert
 */
public record ChangeCount(int edits, int wordsDeleted, int wordsInserted) {
  /** No edits at all. */
  public static final ChangeCount NONE = new ChangeCount(0, 0, 0);

  public ChangeCount {
    if (edits < 0 || wordsDeleted < 0 || wordsInserted < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** The words deleted and inserted together: what a reader sees changed. */
  public int words() {
    return wordsDeleted + wordsInserted;
  }

  /** This count with the other added. */
  public ChangeCount plus(ChangeCount other) {
    return new ChangeCount(edits + other.edits, wordsDeleted + other.wordsDeleted, wordsInserted + other.wordsInserted);
  }

  /** This count with one more edit. */
  public ChangeCount plus(Edit edit) {
    return plus(new ChangeCount(1, edit.wordsDeleted(), edit.wordsInserted()));
  }

  /** The edits counted by kind: an unmodifiable map holding every kind, in the order of {@link ChangeKind}. */
  public static Map<ChangeKind, ChangeCount> byKind(Collection<Edit> edits) {
    Map<ChangeKind, ChangeCount> counts = empty();
    for (Edit edit : edits) {
      counts.merge(edit.kind(), NONE.plus(edit), ChangeCount::plus);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** The counts added kind by kind: an unmodifiable map holding every kind, in the order of {@link ChangeKind}. */
  public static Map<ChangeKind, ChangeCount> sum(Collection<Map<ChangeKind, ChangeCount>> counts) {
    Map<ChangeKind, ChangeCount> total = empty();
    for (Map<ChangeKind, ChangeCount> c : counts) {
      c.forEach((kind, count) -> total.merge(kind, count, ChangeCount::plus));
    }
    return Collections.unmodifiableMap(total);
  }

  /** A copy holding every kind (missing ones as {@link #NONE}), unmodifiable, in the order of {@link ChangeKind}. */
  static Map<ChangeKind, ChangeCount> complete(Map<ChangeKind, ChangeCount> counts) {
    Map<ChangeKind, ChangeCount> copy = empty();
    counts.forEach((kind, count) -> copy.put(Objects.requireNonNull(kind), Objects.requireNonNull(count)));
    return Collections.unmodifiableMap(copy);
  }

  private static Map<ChangeKind, ChangeCount> empty() {
    Map<ChangeKind, ChangeCount> map = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      map.put(kind, NONE);
    }
    return map;
  }
}
