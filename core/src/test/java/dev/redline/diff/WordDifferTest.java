package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.redline.model.ChangeStatus;
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordDifferTest {
  @Test
  void replacedWordsShowAsOneDeletionAndOneInsertion() {
    TextChange c = WordDiffer.diff("(a) run by hand;", "(a) run by a person;");
    assertEquals(
        List.of(
            new Segment(Segment.Op.EQUAL, "(a) run by "),
            new Segment(Segment.Op.DELETE, "hand"),
            new Segment(Segment.Op.INSERT, "a person"),
            new Segment(Segment.Op.EQUAL, ";")),
        c.segments());
    assertEquals(1, c.wordsDeleted());
    assertEquals(2, c.wordsInserted());
  }

  @Test
  void neighbouringChangesJoinAcrossASpace() {
    TextChange c = WordDiffer.diff("the quick brown fox", "the slow red fox");
    assertEquals("quick brown", text(c, Segment.Op.DELETE));
    assertEquals("slow red", text(c, Segment.Op.INSERT));
  }

  @Test
  void aShortCommonWordInsideAnInsertedPhraseDoesNotBreakItUp() {
    TextChange c =
        WordDiffer.diff(
            "on an intention to obtain electronic data, or on the system concerned",
            "on an intention to obtain electronic data, on the offence being committed with dishonest or criminal"
                + " intent, or on the system concerned");
    // One insertion, nothing deleted: the common "or" is kept where it stood, not matched inside the phrase.
    assertEquals("on the offence being committed with dishonest or criminal intent, ", text(c, Segment.Op.INSERT));
    assertEquals("", text(c, Segment.Op.DELETE));
    assertEquals(List.of("substantive: ∅ → on the offence being committed with dishonest or criminal intent,"),
        c.edits().stream().map(Object::toString).toList());
  }

  @Test
  void aLongUnchangedStretchBetweenTwoSmallEditsStays() {
    TextChange c =
        WordDiffer.diff(
            "Each State Party shall adopt such legislative and other measures as may be necessary.",
            "Every State Party shall adopt such legislative and other measures as may be required.");
    assertEquals("Each|necessary", text(c, Segment.Op.DELETE));
    assertEquals("Every|required", text(c, Segment.Op.INSERT));
  }

  @Test
  void unchangedInsertedDeleted() {
    assertEquals(ChangeStatus.UNCHANGED, WordDiffer.diff("same", "same").status());
    assertEquals(ChangeStatus.INSERTED, WordDiffer.diff("", "new").status());
    assertEquals(ChangeStatus.DELETED, WordDiffer.diff("old", "").status());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Each State Party shall adopt measures. | Each State Party may adopt such measures.",
        "intentional participation | participation",
        "in accordance with article 17, paragraph 2 | in accordance with article 18, paragraph 2",
        "cyber-dependent crime | cyber-enabled crime",
        "[serious crime] | serious crime",
        "offences.[^1] | offences.[^2]",
        "reconsider | consider",
        "États parties | Etats parties",
      })
  void segmentsRebuildBothSidesAndNeverSplitAWord(String oldText, String newText) {
    TextChange c = WordDiffer.diff(oldText.strip(), newText.strip());
    assertEquals(oldText.strip(), join(c, Segment.Op.INSERT));
    assertEquals(newText.strip(), join(c, Segment.Op.DELETE));
    List<Segment> s = c.segments();
    for (int i = 0; i + 1 < s.size(); i++) {
      Segment left = s.get(i);
      Segment right = s.get(i + 1);
      boolean touching =
          Character.isLetterOrDigit(left.text().codePointBefore(left.text().length()))
              && Character.isLetterOrDigit(right.text().codePointAt(0));
      boolean replacement = left.op() == Segment.Op.DELETE && right.op() == Segment.Op.INSERT;
      assertFalse(touching && !replacement, "a word is split between " + left + " and " + right);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"Data\" means a State's record - in any form. | “Data” means a State’s record — in any form.",
        "articles 7-10 apply ; nothing else | articles 7–10 apply; nothing else",
        "when commit-ted intentionally | when committed intentionally",
        "the competent autho- rities | the competent authorities",
        "the competent author\u00ADities | the competent authorities", // a soft hyphen
        "co-operation between States | cooperation between States",
      })
  void differencesOfStyleAreNoChangeAndShowTheNewText(String oldText, String newText) {
    String o = oldText.strip();
    String n = newText.strip();
    TextChange c = WordDiffer.diff(o, n);
    assertEquals(ChangeStatus.UNCHANGED, c.status(), c.segments().toString());
    assertEquals(List.of(), c.edits());
    assertEquals(n, c.segments().stream().map(Segment::text).collect(Collectors.joining()), "shown as the new draft writes it");
    assertEquals(o, c.segments().stream().map(Segment::oldText).collect(Collectors.joining()), "the old spelling is kept");
  }

  @Test
  void aStyleDifferenceIsKeptApartFromTheWordsAroundIt() {
    TextChange c = WordDiffer.diff("the \"Data\" held", "the “Data” held");
    assertEquals(
        List.of(
            new Segment(Segment.Op.EQUAL, "the "),
            new Segment(Segment.Op.EQUAL, "“", "\""),
            new Segment(Segment.Op.EQUAL, "Data"),
            new Segment(Segment.Op.EQUAL, "”", "\""),
            new Segment(Segment.Op.EQUAL, " held")),
        c.segments());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Organisation of work | organization of work | editorial: Organisation → organization",
        "the centre shall | the Center shall | editorial: centre → Center",
        "within four days | within for days | substantive: four → for",
        "the offence, | the offense; | editorial: offence, → offense;",
        "shall [not] apply | shall not apply | brackets: [not] → not",
        "a new [disputed] rule applies | a rule applies | substantive: new [disputed] → ∅",
      })
  void eachEditIsOfOneKind(String oldText, String newText, String edit) {
    assertEquals(List.of(edit.strip()), WordDiffer.diff(oldText.strip(), newText.strip()).edits().stream().map(Object::toString).toList());
  }

  private static String join(TextChange c, Segment.Op skip) {
    return c.segments().stream().filter(x -> x.op() != skip).map(Segment::text).collect(Collectors.joining());
  }

  private static String text(TextChange c, Segment.Op op) {
    return c.segments().stream().filter(x -> x.op() == op).map(Segment::text).collect(Collectors.joining("|"));
  }
}
