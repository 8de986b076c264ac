package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Words broken at line ends as LibreOffice's hyphenation breaks them, in several languages. */
class HyphenationTest {
  private static String joined(Hyphenation words, String... lines) {
    List<SourceLine> source = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      source.add(new SourceLine(lines[i], i + 1, 1));
    }
    return words.join(source).stream().map(SourceLine::text).collect(Collectors.joining(" / "));
  }

  @Test
  void theRestOfABrokenWordIsNoWordOfTheDocument() {
    Hyphenation words = new Hyphenation(List.of("in which the person could reasonably ex-", "pect it to remain private."));
    assertFalse(words.keepHyphen("ex", '-', "pect"), "ex- is a prefix only before a word of the document");
  }

  @Test
  void anEndingIsJoinedEvenAfterAWordOfTheDocument() {
    Hyphenation words = new Hyphenation(List.of("the Conference shall consider the report"));
    assertFalse(words.keepHyphen("consider", '-', "ing"));
    assertTrue(words.keepHyphen("consider", '-', "report"), "a compound of two words of the document");
  }

  @Test
  void aWordBrokenAfterForOrWithIsJoined() {
    Hyphenation words = new Hyphenation(List.of("a State Party that withdraws from this Convention, for the fourth time,",
        "with the consent of the depositary"));
    assertFalse(words.keepHyphen("for", '-', "tieth"), "groff breaks for- / tieth");
    assertFalse(words.keepHyphen("with", '-', "drawn"));
    assertTrue(words.keepHyphen("State", '-', "party"), "a word of the document before a hyphen still keeps it");
  }

  @Test
  void russianParticlesKeepTheirHyphen() {
    Hyphenation words = new Hyphenation(List.of("результат измерения до корректировки"));
    assertTrue(words.keepHyphen("какой", '-', "либо"));
    assertTrue(words.keepHyphen("кто", '-', "нибудь"));
  }

  @Test
  void aSuspendedHyphenKeepsItsSpace() {
    Hyphenation words = new Hyphenation(List.of("Nutzung der Daten"));
    assertEquals("der gemessenen Abfluss- und Pegeldaten durch die Vertragsparteien.",
        joined(words, "der gemessenen Abfluss-", "und Pegeldaten durch die Vertragsparteien."));
  }

  @Test
  void aCapitalisedCompoundBrokenWithinAWordIsJoined() {
    Hyphenation words = new Hyphenation(List.of("dans le bassin"));
    assertEquals("dans le bassin du Bas-Marrow", joined(words, "dans le bassin du Bas-Mar-", "row"));
    assertEquals("agreed on a case-by-case / basis", joined(words, "agreed on a case-by-", "case basis"),
        "a compound's lower-case part keeps its hyphen");
  }

  @Test
  void inAnEnglishDraftTheJoinedWordDecides() {
    Hyphenation words = new Hyphenation(List.of("gauge data may be sold to bodies that trade for money, with consent"));
    assertFalse(words.keepHyphen("for", '-', "ward"), "forward is an English word");
    assertFalse(words.keepHyphen("there", '-', "after"), "thereafter is an English word");
    assertFalse(words.keepHyphen("with", '-', "out"), "without is an English word");
    assertTrue(words.keepHyphen("for", '-', "profit"), "two English words that make none together");
    assertTrue(words.keepHyphen("State", '-', "owned"));
  }

  @Test
  void outsideEnglishTheEnglishWordListIsNotConsulted() {
    Hyphenation words = new Hyphenation(List.of("selon son for intérieur, chaque partie décide librement"));
    assertTrue(words.keepHyphen("for", '-', "ward"), "no English word joins a French draft's line end");
  }
}
