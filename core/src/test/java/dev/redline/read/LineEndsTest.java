package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What other producers put at a line end that the PDF reader must not misread ({@code
 * fixtures/tools/make_line_ends.py}: LibreOffice in its default styles and with notes below a drawn
 * separator, XeLaTeX, groff): a compound whose hyphen stays ({@code for-} / {@code profit}) beside
 * words the typesetter hyphenated ({@code for-} / {@code ward}), each written once, so that the
 * draft gives no evidence of its own; and a note whose text wraps onto a line starting with the
 * next note's number ({@code 4 States ...}); and a clause whose text wraps onto a line that starts
 * like a label or heading ({@code 3. The chair}, {@code Article 12 of}). Each form must read as its
 * text, and the PDF must really break its lines there.
 */
class LineEndsTest {
  /** The sentences as written, by article: what a reader of the redline must see. */
  private static final Map<String, String> HYPHENATED =
      Map.of("1", "for-profit bodies", "2", "State-owned utilities", "3", "carry forward any balance", "4",
          "every fifth year thereafter until", "5", "without delay", "6", "has withdrawn from");
  /** Line ends as a typesetter breaks them: a compound's own hyphen, then a hyphenated word. */
  private static final List<String> COMPOUND_BREAKS = List.of("for-|profit", "State-|owned");
  private static final List<String> WORD_BREAKS = List.of("for-|ward", "there-|after", "with-|out", "with-|drawn");

  static Stream<String> producers() {
    return Stream.of("libreoffice", "libreoffice-separator", "latex", "groff");
  }

  private static Path form(String producer, String name) {
    return Fixtures.drafts("line-ends").resolve(producer).resolve(name);
  }

  /** Each line end of the PDF as {@code last word|first word of the next line}. */
  private static List<String> lineEnds(Path pdf) throws Exception {
    List<String> ends = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
      List<PdfLine> lines = new ArrayList<>();
      PdfLines.read(document, ReadProgress.NONE).forEach(page -> lines.addAll(page.lines()));
      for (int i = 0; i + 1 < lines.size(); i++) {
        String[] before = lines.get(i).text().split(" ");
        ends.add(before[before.length - 1] + "|" + lines.get(i + 1).text().split(" ")[0]);
      }
    }
    return ends;
  }

  @ParameterizedTest
  @MethodSource("producers")
  void compoundsKeepTheirHyphenAndHyphenatedWordsAreJoined(String producer) throws Exception {
    Path pdf = form(producer, "hyphens.pdf");
    List<String> ends = lineEnds(pdf);
    assertTrue(COMPOUND_BREAKS.stream().anyMatch(ends::contains), producer + ": a compound breaks at a line end: " + ends);
    assertTrue(WORD_BREAKS.stream().anyMatch(ends::contains), producer + ": a word is hyphenated at a line end: " + ends);
    Draft draft = DraftReaders.read(pdf);
    for (Map.Entry<String, String> e : HYPHENATED.entrySet()) {
      Article article = draft.article(e.getKey()).orElseThrow();
      String text = article.allClauses().findFirst().orElseThrow().text();
      assertTrue(text.contains(e.getValue()), producer + ", article " + e.getKey() + ": <" + e.getValue() + "> in <" + text + ">");
    }
    assertSameAsText(producer, "hyphens", draft);
  }

  @ParameterizedTest
  @MethodSource("producers")
  void aNoteWrappingOntoALineThatStartsWithTheNextNumberStaysOneNote(String producer) throws Exception {
    Path pdf = form(producer, "notes.pdf");
    List<String> ends = lineEnds(pdf);
    assertTrue(ends.stream().anyMatch(e -> e.endsWith("|4") || e.endsWith("|3.")),
        producer + ": a note's line starts with the next note's number: " + ends);
    Draft draft = DraftReaders.read(pdf);
    List<String> notes = draft.article("1").orElseThrow().footnotes().stream().map(Footnote::text).toList();
    assertEquals(4, notes.size(), producer + ": four notes, not five: " + notes);
    assertTrue(notes.get(1).endsWith("as in its rule 3. The chair may extend that time by one month."), producer + ": " + notes.get(1));
    assertTrue(notes.get(2).endsWith("at most 4 States may abstain in that vote."), producer + ": " + notes.get(2));
    assertEquals("The secretariat keeps the list of gauges.", notes.get(3), producer);
    assertSameAsText(producer, "notes", draft);
  }

  @ParameterizedTest
  @MethodSource("producers")
  void aClauseWrappingOntoALineThatStartsLikeALabelStaysOneClause(String producer) throws Exception {
    Path pdf = form(producer, "labels.pdf");
    List<String> ends = lineEnds(pdf);
    for (String end : List.of("rule|3.", "paragraph|(b)", "article|12", "in|Article")) {
      assertTrue(ends.contains(end), producer + ": a line ends <" + end + ">: " + ends);
    }
    Draft draft = DraftReaders.read(pdf);
    assertEquals(List.of("1", "2", "3"), draft.articles().stream().map(Article::number).toList(),
        producer + ": three articles, no article 12");
    Article meetings = draft.article("1").orElseThrow();
    assertEquals(List.of("1.1", "1.2", "1.3"), meetings.clauses().stream().map(c -> c.path().toString()).toList(), producer);
    assertTrue(meetings.clauses().get(1).text().endsWith("set out in rule 3. The chair shall open it and read the agenda aloud."),
        producer + ": " + meetings.clauses().get(1).text());
    assertTrue(meetings.clauses().get(2).text().endsWith("and paragraph (b) of Article 3 applies to that meeting as well."),
        producer + ": " + meetings.clauses().get(2).text());
    Article costs = draft.article("2").orElseThrow();
    assertTrue(costs.clauses().get(0).text().endsWith("in accordance with article 12 of the statute of the commission."),
        producer + ": " + costs.clauses().get(0).text());
    assertTrue(costs.clauses().get(1).text().endsWith("as provided in Article 12 of the statute."),
        producer + ": " + costs.clauses().get(1).text());
    assertSameAsText(producer, "labels", draft);
  }

  private static void assertSameAsText(String producer, String name, Draft actual) throws Exception {
    Draft expected = DraftReaders.read(form(producer, name + ".txt"));
    DocxFixtureDraftsTest.assertSameLines(producer + "/" + name, DocxFixtureDraftsTest.outline(expected),
        DocxFixtureDraftsTest.outline(actual));
    assertEquals(List.of(), actual.warnings(), producer + "/" + name);
  }
}
