package dev.redline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline text keeps references apart from words, and its plain view is derived from the parts alone. */
class InlineTextTest {
  private static final Inline.NoteRef NOTE = new Inline.NoteRef("fn2", "2");
  private static final InlineText TEXT =
      new InlineText(List.of(new Inline.Run("Wells are "), new Inline.Run("shared."), NOTE, new Inline.Run(" See below.")));

  @Test
  void adjacentRunsAreJoinedAndThePlainViewWritesReferencesAsMarkers() {
    assertEquals(List.of(new Inline.Run("Wells are shared."), NOTE, new Inline.Run(" See below.")), TEXT.parts());
    assertEquals("Wells are shared.[^2] See below.", TEXT.plain());
    assertEquals(List.of(NOTE), TEXT.noteRefs());
    assertEquals(TEXT, new InlineText(TEXT.parts()), "equal parts, equal texts");
  }

  @Test
  void withoutItsNotesATitleReadsAsWordsWithSingleSpaces() {
    assertEquals("Wells are shared. See below.", TEXT.withoutNoteRefs());
    InlineText between = new InlineText(List.of(new Inline.Run("Scope "), NOTE, new Inline.Run(" of work")));
    assertEquals("Scope of work", between.withoutNoteRefs(), "a reference between two spaces leaves one");
    InlineText last = new InlineText(List.of(new Inline.Run("Scope of work "), NOTE));
    assertEquals("Scope of work", last.withoutNoteRefs(), "a reference at the end leaves no space");
    InlineText glued = new InlineText(List.of(new Inline.Run("Scope"), NOTE, new Inline.Run("of work")));
    assertEquals("Scopeof work", glued.withoutNoteRefs(), "words the draft wrote together stay together");
  }

  @Test
  void aSliceKeepsAWholeReferenceAndCutsRunsAtItsOffsets() {
    assertEquals(List.of(new Inline.Run("shared."), NOTE, new Inline.Run(" See")), TEXT.slice(10, 25));
    assertEquals(List.of(new Inline.Run("[^")), TEXT.slice(17, 19), "a cut reference is only its characters");
    assertEquals(List.of(), TEXT.slice(3, 3));
  }

  @Test
  void runsChangeWithoutTouchingReferences() {
    InlineText upper = TEXT.mapRuns(s -> s.toUpperCase(java.util.Locale.ROOT));
    assertEquals("WELLS ARE SHARED.[^2] SEE BELOW.", upper.plain());
    assertEquals(List.of(NOTE), upper.noteRefs());
    assertEquals("(a) Wells are shared.[^2] See below.", TEXT.after("(a) ").plain());
  }

  @Test
  void aSegmentsContentMustReadAsItsText() {
    Segment s = new Segment(Segment.Op.INSERT, "shared.[^2]").withContent(List.of(new Inline.Run("shared."), NOTE));
    assertEquals(List.of(new Inline.Run("shared."), NOTE), s.content());
    assertThrows(IllegalArgumentException.class, () -> new Segment(Segment.Op.INSERT, "shared.").withContent(List.of(NOTE)));
    assertThrows(IllegalArgumentException.class, () -> new InlineText(List.of(new Inline.Run("a"), new Inline.Run("b")), "ab"));
    assertThrows(IllegalArgumentException.class, () -> new Inline.Run(""));
  }
}
