package dev.redline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The change records hold their contracts, so that a renderer can rely on them. */
class ChangeModelTest {
  private static final Provenance HERE = new Provenance("rev3.txt", 10, 0);

  @Test
  void aKeptRunRemembersHowTheOldDraftWroteIt() {
    Segment curly = new Segment(Segment.Op.EQUAL, "“Data”", "\"Data\"");
    assertTrue(curly.isRestyled());
    assertFalse(new Segment(Segment.Op.EQUAL, "Data").isRestyled());
    assertEquals("", new Segment(Segment.Op.INSERT, "new").oldText());
    assertEquals("old", new Segment(Segment.Op.DELETE, "old").oldText());
  }

  @Test
  void segmentsThatBreakTheirContractAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Segment(Segment.Op.INSERT, "new", "old"));
    assertThrows(IllegalArgumentException.class, () -> new Segment(Segment.Op.DELETE, "old", "other"));
    assertThrows(IllegalArgumentException.class, () -> new Segment(Segment.Op.EQUAL, "kept", ""));
    assertThrows(IllegalArgumentException.class, () -> new Segment(Segment.Op.EQUAL, "", "kept"));
  }

  @Test
  void aLineChangeMustRebuildBothLinesFromItsSegments() {
    List<Segment> segments = List.of(new Segment(Segment.Op.EQUAL, "a "), new Segment(Segment.Op.INSERT, "c"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TextChange(ChangeStatus.MODIFIED, "a b", "a c", segments, List.of()));
    assertEquals("the segments do not rebuild both lines", e.getMessage());
  }

  @Test
  void anUnchangedLineKeepsEverySegmentAndAChangedOneDoesNot() {
    List<Segment> replaced = List.of(new Segment(Segment.Op.DELETE, "a"), new Segment(Segment.Op.INSERT, "b"));
    assertThrows(IllegalArgumentException.class, () -> new TextChange(ChangeStatus.UNCHANGED, "a", "b", replaced, List.of()));
    List<Segment> restyled = List.of(new Segment(Segment.Op.EQUAL, "“a”", "\"a\""));
    assertEquals(ChangeStatus.UNCHANGED, new TextChange(ChangeStatus.UNCHANGED, "\"a\"", "“a”", restyled, List.of()).status());
    assertThrows(IllegalArgumentException.class, () -> new TextChange(ChangeStatus.MODIFIED, "\"a\"", "“a”", restyled, List.of()));
  }

  @Test
  void anEditMustStandInItsLineAtItsOffsets() {
    List<Segment> segments =
        List.of(new Segment(Segment.Op.EQUAL, "x "), new Segment(Segment.Op.DELETE, "a"), new Segment(Segment.Op.INSERT, "b"));
    Edit right = new Edit(ChangeKind.SUBSTANTIVE, "a", 2, "b", 2);
    assertEquals(List.of(right), new TextChange(ChangeStatus.MODIFIED, "x a", "x b", segments, List.of(right)).edits());
    Edit wrong = new Edit(ChangeKind.SUBSTANTIVE, "a", 0, "b", 2);
    assertThrows(IllegalArgumentException.class, () -> new TextChange(ChangeStatus.MODIFIED, "x a", "x b", segments, List.of(wrong)));
    assertThrows(IllegalArgumentException.class, () -> new Edit(ChangeKind.SUBSTANTIVE, "", 0, "", 0));
  }

  @Test
  void editsCountWordsAsAReaderDoes() {
    Edit e = new Edit(ChangeKind.SUBSTANTIVE, "", 0, "the Secretary-General of the United Nations, 24/7 and [^2]", 0);
    assertEquals(8, e.wordsInserted(), "a hyphenated word, 24/7 are one word each; a footnote marker is none");
    assertEquals(0, e.wordsDeleted());
    assertEquals(0, new Edit(ChangeKind.EDITORIAL, ";", 3, ".", 3).wordsDeleted(), "punctuation is not a word");
    assertEquals("substantive: ∅ → and 6", new Edit(ChangeKind.SUBSTANTIVE, "", 0, "and 6", 0).toString());
  }

  @Test
  void bracketEditsSayWhetherTheyAgreeOrDisagree() {
    Edit agreed = new Edit(ChangeKind.BRACKETS, "[serious crime]", 0, "serious crime", 0);
    assertTrue(agreed.bracketsRemoved());
    assertFalse(agreed.bracketsAdded());
    Edit disputed = new Edit(ChangeKind.BRACKETS, "two-thirds", 0, "[two-thirds]", 0);
    assertTrue(disputed.bracketsAdded());
    assertTrue(new Edit(ChangeKind.BRACKETS, "[or arrangements]", 0, "", 0).bracketsRemoved(), "a bracketed passage deleted is agreed");
    Edit footnote = new Edit(ChangeKind.SUBSTANTIVE, "", 0, "[^1]", 0);
    assertFalse(footnote.bracketsAdded(), "a footnote marker is not a bracket, and only bracket edits have a direction");
  }

  @Test
  void countsByKindHoldEveryKindInOrder() {
    List<Edit> edits =
        List.of(
            new Edit(ChangeKind.CONSEQUENTIAL, "17", 0, "18", 0),
            new Edit(ChangeKind.SUBSTANTIVE, "may", 0, "shall not", 0),
            new Edit(ChangeKind.CONSEQUENTIAL, "24", 0, "25", 0));
    Map<ChangeKind, ChangeCount> counts = ChangeCount.byKind(edits);
    assertEquals(List.of(ChangeKind.values()), new ArrayList<>(counts.keySet()));
    assertEquals(new ChangeCount(2, 2, 2), counts.get(ChangeKind.CONSEQUENTIAL));
    assertEquals(new ChangeCount(1, 1, 2), counts.get(ChangeKind.SUBSTANTIVE));
    assertEquals(ChangeCount.NONE, counts.get(ChangeKind.BRACKETS));
    assertEquals(3, counts.get(ChangeKind.SUBSTANTIVE).words());
    Statistics s = new Statistics(1, 1, Map.of(), 0, 1, 0, 0, 0, 0, Map.of(ChangeKind.SUBSTANTIVE, new ChangeCount(1, 1, 2)));
    assertEquals(ChangeCount.NONE, s.changes(ChangeKind.EDITORIAL), "a kind left out counts nothing");
    assertEquals(1, s.wordsDeleted(), "the words deleted are those of the edits");
    assertEquals(2, s.wordsInserted());
  }

  @Test
  void aMovedClauseIsDeletedWhereItStoodAndInsertedWhereItWent() {
    Clause from = new Clause(ClauseKind.PARAGRAPH, "3", ClausePath.parse("23.3"), "States shall act.", List.of(), List.of(), HERE);
    Clause to = new Clause(ClauseKind.PARAGRAPH, "2", ClausePath.parse("24.2"), "States shall act.", List.of(), List.of(), HERE);
    TextChange between =
        new TextChange(
            ChangeStatus.MODIFIED,
            "3. States shall act.",
            "2. States shall act.",
            List.of(new Segment(Segment.Op.DELETE, "3"), new Segment(Segment.Op.INSERT, "2"), new Segment(Segment.Op.EQUAL, ". States shall act.")),
            List.of(new Edit(ChangeKind.NUMBERING, "3.", 0, "2.", 0)));
    ClauseMove move = new ClauseMove(1, from, to, between);
    TextChange gone = new TextChange(ChangeStatus.DELETED, "3. States shall act.", "", List.of(new Segment(Segment.Op.DELETE, "3. States shall act.")), List.of());
    TextChange come = new TextChange(ChangeStatus.INSERTED, "", "2. States shall act.", List.of(new Segment(Segment.Op.INSERT, "2. States shall act.")), List.of());
    ClauseChange source = new ClauseChange(Optional.of(from), Optional.empty(), gone, Optional.of(move));
    ClauseChange target = new ClauseChange(Optional.empty(), Optional.of(to), come, Optional.of(move));
    assertTrue(source.isMoveSource() && !source.isMoveTarget());
    assertTrue(target.isMoveTarget() && !target.isMoveSource());
    assertEquals(List.of(), source.edits(), "the edits of a move count once, at its target");
    assertEquals(between.edits(), target.edits());
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClauseChange(Optional.of(from), Optional.of(to), between, Optional.of(move)),
        "a move's end has one side only");
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClauseChange(Optional.empty(), Optional.of(to), gone, Optional.of(move)),
        "the target is inserted");
  }
}
