package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of text in both drafts and the word-level edit between them.
 *
 * <p>Joining the {@code EQUAL} and {@code DELETE} segments gives {@link #oldText()}; joining the
 * {@code EQUAL} and {@code INSERT} segments gives {@link #newText()}. Segments never split a word.
 *
 * @param status what happened to the line
 * @param oldText the line in the old draft, empty where inserted
 * @param newText the line in the new draft, empty where deleted
 * @param segments the edit, in reading order; a deletion comes before the insertion replacing it
 */
public record TextChange(ChangeStatus status, String oldText, String newText, List<Segment> segments) {
  public TextChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    segments = List.copyOf(segments);
  }

  /** The number of words deleted. */
  public int wordsDeleted() {
    return countWords(Segment.Op.DELETE);
  }

  /** The number of words inserted. */
  public int wordsInserted() {
    return countWords(Segment.Op.INSERT);
  }

  private int countWords(Segment.Op op) {
    String joined =
        segments.stream().filter(s -> s.op() == op).map(Segment::text).collect(Collectors.joining(" "));
    return (int) java.util.Arrays.stream(joined.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
  }
}
