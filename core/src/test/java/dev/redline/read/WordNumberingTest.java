package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Word's automatic numbering rendered into the labels a reader of the document sees. */
class WordNumberingTest {
  private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  /** The usual treaty list: 1. / (a) / (i). */
  private static final String TREATY =
      abstractNum(0, lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)"), lvl(2, "lowerRoman", "(%3)"));

  private static Document xml(String root, String content) {
    try {
      return DocumentHelper.readDocument(
          new ByteArrayInputStream(("<w:" + root + " " + NS + ">" + content + "</w:" + root + ">").getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String abstractNum(int id, String... levels) {
    return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + String.join("", levels) + "</w:abstractNum>";
  }

  static String lvl(int ilvl, String format, String text, String... extra) {
    return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
        + "<w:lvlText w:val=\"" + text + "\"/>" + String.join("", extra) + "</w:lvl>";
  }

  static String num(int numId, int abstractId, int... startOverrides) {
    StringBuilder s = new StringBuilder("<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>");
    for (int level = 0; level < startOverrides.length; level++) {
      s.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"")
          .append(startOverrides[level]).append("\"/></w:lvlOverride>");
    }
    return s.append("</w:num>").toString();
  }

  private static WordNumbering numbering(String... parts) {
    return WordNumbering.of(xml("numbering", String.join("", parts)), null);
  }

  /** Labels for a run of paragraphs, each given as "numId/level". */
  private static List<String> labels(WordNumbering numbering, String... places) {
    WordNumbering.Counters counters = numbering.counters();
    List<String> labels = new ArrayList<>();
    for (String place : places) {
      String[] p = place.split("/");
      labels.add(counters.next(new WordNumbering.Ref(p[0], Integer.parseInt(p[1]))).strip());
    }
    return labels;
  }

  @Test
  void eachArticlesInstanceRestartsTheNumbering() {
    WordNumbering n = numbering(TREATY, num(1, 0, 1, 1, 1), num(2, 0, 1, 1, 1));
    assertEquals(
        List.of("1.", "(a)", "(b)", "2.", "3.", "1.", "2.", "(a)"),
        labels(n, "1/0", "1/1", "1/1", "1/0", "1/0", "2/0", "2/0", "2/1"));
  }

  @Test
  void romanItemsRestartUnderEachLetter() {
    WordNumbering n = numbering(TREATY, num(1, 0));
    assertEquals(
        List.of("1.", "(a)", "(i)", "(ii)", "(iii)", "(iv)", "(b)", "(i)", "2.", "(a)"),
        labels(n, "1/0", "1/1", "1/2", "1/2", "1/2", "1/2", "1/1", "1/2", "1/0", "1/1"));
  }

  @Test
  void lettersUnderAnUnnumberedOpeningStartAtA() {
    WordNumbering n = numbering(TREATY, num(1, 0, 1, 1, 1));
    assertEquals(List.of("(a)", "(b)", "(c)"), labels(n, "1/1", "1/1", "1/1"));
  }

  @Test
  void levelTextCarriesPrefixesSuffixesAndHigherLevels() {
    WordNumbering n =
        numbering(
            abstractNum(
                3,
                lvl(0, "upperRoman", "Chapter %1"),
                lvl(1, "decimal", "Article %2."),
                lvl(2, "decimal", "%2.%3)"),
                lvl(3, "upperLetter", "[%4]")),
            num(4, 3));
    assertEquals(
        List.of("Chapter I", "Article 1.", "1.1)", "1.2)", "[A]", "Article 2.", "2.1)", "Chapter II", "Article 1."),
        labels(n, "4/0", "4/1", "4/2", "4/2", "4/3", "4/1", "4/2", "4/0", "4/1"));
  }

  @Test
  void theSeparatorFollowsTheLevelsSuffix() {
    WordNumbering n =
        numbering(
            abstractNum(
                0,
                lvl(0, "decimal", "%1."),
                lvl(1, "decimal", "%1.%2", "<w:suff w:val=\"nothing\"/>"),
                lvl(2, "decimal", "%3", "<w:suff w:val=\"space\"/>")),
            num(1, 0));
    WordNumbering.Counters c = n.counters();
    assertEquals("1. ", c.next(new WordNumbering.Ref("1", 0)), "a tab reads as a space");
    assertEquals("1.1", c.next(new WordNumbering.Ref("1", 1)), "nothing between label and text");
    assertEquals("1 ", c.next(new WordNumbering.Ref("1", 2)));
  }

  @Test
  void startAndStartOverrideSetTheFirstNumber() {
    String fromThree = abstractNum(5, lvl(0, "decimal", "%1.").replace("<w:start w:val=\"1\"/>", "<w:start w:val=\"3\"/>"));
    WordNumbering n = numbering(TREATY, fromThree, num(1, 0, 5), num(2, 5), num(3, 0, 1, 4));
    assertEquals(List.of("5.", "6.", "(a)"), labels(n, "1/0", "1/0", "1/1"));
    assertEquals(List.of("3.", "4."), labels(n, "2/0", "2/0"));
    assertEquals(List.of("(d)", "(e)", "1.", "(a)"), labels(n, "3/1", "3/1", "3/0", "3/1"));
  }

  @Test
  void instancesOfOneListContinueEachOtherUnlessTheyRestart() {
    // As in Word: the count belongs to the list definition; an override applies once per instance.
    WordNumbering n = numbering(TREATY, num(1, 0), num(2, 0), num(3, 0, 1));
    assertEquals(
        List.of("1.", "2.", "3.", "4.", "1.", "2.", "3."),
        labels(n, "1/0", "1/0", "2/0", "1/0", "3/0", "3/0", "1/0"));
  }

  @Test
  void lvlRestartZeroNeverRestarts() {
    WordNumbering n =
        numbering(
            abstractNum(0, lvl(0, "decimal", "%1."), lvl(1, "decimal", "(%2)", "<w:lvlRestart w:val=\"0\"/>")),
            num(1, 0));
    assertEquals(List.of("1.", "(1)", "(2)", "2.", "(3)"), labels(n, "1/0", "1/1", "1/1", "1/0", "1/1"));
  }

  @Test
  void legalNumberingShowsHigherLevelsInDecimal() {
    WordNumbering n =
        numbering(
            abstractNum(0, lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%1.%2", "<w:isLgl/>")), num(1, 0));
    assertEquals(List.of("I.", "II.", "2.1"), labels(n, "1/0", "1/0", "1/1"));
  }

  @Test
  void overriddenLevelDefinitionReplacesTheListsLevel() {
    String override =
        "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
            + lvl(0, "upperLetter", "Part %1:").replace("<w:start w:val=\"1\"/>", "<w:start w:val=\"2\"/>")
            + "</w:lvlOverride></w:num>";
    WordNumbering n = numbering(TREATY, override);
    assertEquals(List.of("Part B:", "Part C:"), labels(n, "9/0", "9/0"));
  }

  @Test
  void bulletsAndLevelsWithoutNumbersGiveNoLabel() {
    WordNumbering n =
        numbering(abstractNum(0, lvl(0, "bullet", "\u2022"), lvl(1, "none", "")), num(1, 0));
    assertEquals(List.of("", ""), labels(n, "1/0", "1/1"));
  }

  @Test
  void unknownListsGiveNoPlace() {
    WordNumbering n = numbering(TREATY, num(1, 0));
    assertEquals(Optional.empty(), n.resolve(null, "42", 0));
    assertEquals(Optional.empty(), n.resolve(null, "0", 0), "numId 0 means not numbered");
    assertEquals(Optional.empty(), WordNumbering.none().resolve("Heading1", "1", 0));
    assertEquals("", n.counters().next(new WordNumbering.Ref("42", 0)));
  }

  @Test
  void paragraphStylesCarryNumberingThroughTheirBaseStyles() {
    Document styles =
        xml(
            "styles",
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ArticleHeading\"><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ArticleHeadingBold\"><w:basedOn w:val=\"ArticleHeading\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Para\"><w:pPr><w:numPr><w:ilvl w:val=\"1\"/>"
                + "<w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>");
    String articles =
        abstractNum(
            1,
            lvl(0, "decimal", "Article %1", "<w:pStyle w:val=\"ArticleHeading\"/>"),
            lvl(1, "decimal", "%2."));
    WordNumbering n = WordNumbering.of(xml("numbering", articles + num(2, 1)), styles);
    assertEquals(Optional.of(new WordNumbering.Ref("2", 0)), n.resolve("ArticleHeading", null, null));
    assertEquals(Optional.of(new WordNumbering.Ref("2", 0)), n.resolve("ArticleHeadingBold", null, null));
    assertEquals(Optional.of(new WordNumbering.Ref("2", 1)), n.resolve("Para", null, null));
    assertEquals(Optional.of(new WordNumbering.Ref("2", 1)), n.resolve("ArticleHeading", null, 1), "own level wins");
    assertEquals(Optional.empty(), n.resolve("ArticleHeading", "0", null), "numId 0 removes the style's numbering");
    assertEquals(Optional.empty(), n.resolve(null, null, null), "Normal is not numbered");
    WordNumbering.Counters c = n.counters();
    assertEquals("Article 1 ", c.next(n.resolve("ArticleHeading", null, null).orElseThrow()));
    assertEquals("1. ", c.next(n.resolve("Para", null, null).orElseThrow()));
    assertEquals("Article 2 ", c.next(n.resolve("ArticleHeading", null, null).orElseThrow()));
  }

  @Test
  void listsLinkedThroughANumberingStyleShareLevelsAndCounts() {
    Document styles =
        xml(
            "styles",
            "<w:style w:type=\"numbering\" w:styleId=\"TreatyList\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
                + "</w:numPr></w:pPr></w:style>");
    String linked = "<w:abstractNum w:abstractNumId=\"7\"><w:numStyleLink w:val=\"TreatyList\"/></w:abstractNum>";
    String defining = TREATY.replace("<w:abstractNum w:abstractNumId=\"0\">", "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"TreatyList\"/>");
    WordNumbering n = WordNumbering.of(xml("numbering", defining + linked + num(1, 0) + num(8, 7)), styles);
    WordNumbering.Counters c = n.counters();
    assertEquals("1.", c.next(new WordNumbering.Ref("1", 0)).strip());
    assertEquals("2.", c.next(new WordNumbering.Ref("8", 0)).strip());
    assertEquals("(a)", c.next(new WordNumbering.Ref("8", 1)).strip());
  }

  @Test
  void numberFormats() {
    assertEquals("z", WordNumbering.format(26, "lowerLetter"));
    assertEquals("aa", WordNumbering.format(27, "lowerLetter"), "Word repeats the letter after z");
    assertEquals("BB", WordNumbering.format(28, "upperLetter"));
    assertEquals("xiv", WordNumbering.format(14, "lowerRoman"));
    assertEquals("XLIX", WordNumbering.format(49, "upperRoman"));
    assertEquals("07", WordNumbering.format(7, "decimalZero"));
    assertEquals("12", WordNumbering.format(12, "decimalZero"));
    assertEquals("1st", WordNumbering.format(1, "ordinal"));
    assertEquals("12th", WordNumbering.format(12, "ordinal"));
    assertEquals("23rd", WordNumbering.format(23, "ordinal"));
    assertEquals("5", WordNumbering.format(5, "hebrew1"), "unknown formats read as decimal");
    assertEquals("五", WordNumbering.format(5, "chineseCounting"));
    assertEquals("十", WordNumbering.format(10, "chineseCounting"));
    assertEquals("二十三", WordNumbering.format(23, "chineseCounting"));
    assertEquals("в", WordNumbering.format(3, "russianLower"));
    assertEquals("к", WordNumbering.format(10, "russianLower"), "Word skips й");
    assertEquals("Б", WordNumbering.format(2, "russianUpper"));
    assertEquals("ج", WordNumbering.format(3, "arabicAbjad"));
    assertEquals("ت", WordNumbering.format(3, "arabicAlpha"));
    assertTrue(WordNumbering.format(3, "none").isEmpty());
  }
}
