package dev.redline.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of text in both drafts, the word-level edit between them, and what kind of change each
 * changed piece is.
 *
 * <p>Joining every segment's {@link Segment#oldText()} gives {@link #oldText()}; joining the
 * {@code EQUAL} and {@code INSERT} segments' {@link Segment#text()} gives {@link #newText()}.
 * Segments never split a word. A line whose drafts differ only in white space, quote or dash style
 * or hyphenation left at line ends is {@link ChangeStatus#UNCHANGED}: its segments are all {@code
 * EQUAL} and show the new text. A line whose words are the same but set in another format is
 * {@link ChangeStatus#MODIFIED}: its reformatted segments ({@link Segment#isReformatted()}) carry
 * the old format, and its edits are of kind {@link ChangeKind#FORMATTING}. A clause with no text of
 * its own (a table, a row: their words are in their cells) has a change with no text and no
 * segments, whose status sums up its parts' ({@link #ofParts(ChangeStatus)}).
 *
 * <p>The {@link #edits()} say what changed, piece by piece, with a {@link ChangeKind} each; they are
 * finer than the segments where that helps a reader (a renumbered cross-reference next to a changed
 * word) and coarser where it does not (a bracketed passage is one edit). Each edit's text stands in
 * the old or new line at its offset.
 *
 * @param status what happened to the line
 * @param oldText the line in the old draft, empty where inserted
 * @param newText the line in the new draft, empty where deleted
 * @param segments the edit, in reading order; a deletion comes before the insertion replacing it
 * @param edits the changed pieces in reading order, classified; empty where nothing changed, and
 *     for the two ends of a moved clause, whose edits are in {@link ClauseMove#text()}
 */
public record TextChange(
    ChangeStatus status, String oldText, String newText, List<Segment> segments, List<Edit> edits) {
  public TextChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    segments = List.copyOf(segments);
    edits = List.copyOf(edits);
    String oldJoined = segments.stream().map(Segment::oldText).collect(Collectors.joining());
    String newJoined =
        segments.stream().filter(s -> s.op() != Segment.Op.DELETE).map(Segment::text).collect(Collectors.joining());
    if (!oldJoined.equals(oldText) || !newJoined.equals(newText)) {
      throw new IllegalArgumentException("the segments do not rebuild both lines");
    }
    boolean allKept = segments.stream().allMatch(s -> s.op() == Segment.Op.EQUAL && !s.isReformatted());
    boolean noText = segments.isEmpty() && oldText.isEmpty() && newText.isEmpty();
    if (!noText && (status == ChangeStatus.UNCHANGED) != allKept) {
      throw new IllegalArgumentException("a line is unchanged exactly when every segment is kept as it was: " + status);
    }
    for (Edit edit : edits) {
      if (!oldText.startsWith(edit.oldText(), edit.oldOffset()) || !newText.startsWith(edit.newText(), edit.newOffset())) {
        throw new IllegalArgumentException("edit " + edit + " does not stand in the line at its offsets");
      }
    }
  }

  /**
   * The change of a clause with no text of its own, a table or a row, whose words are in its cells:
   * inserted or deleted where one draft has it, modified where a cell or row inside it changed.
   */
  public static TextChange ofParts(ChangeStatus status) {
    return new TextChange(status, "", "", List.of(), List.of());
  }

  /** The words its edits delete ({@link Edit#wordsDeleted()}, added up); none at either end of a move. */
  public int wordsDeleted() {
    return edits.stream().mapToInt(Edit::wordsDeleted).sum();
  }

  /** The words its edits insert ({@link Edit#wordsInserted()}, added up); none at either end of a move. */
  public int wordsInserted() {
    return edits.stream().mapToInt(Edit::wordsInserted).sum();
  }
}
