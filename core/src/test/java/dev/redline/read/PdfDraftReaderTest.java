package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Draft;
import dev.redline.model.Inline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF drafts made in the test: hyphenation, furniture, footnotes, odd pages, and refused files. */
class PdfDraftReaderTest {
  private static final float LEFT = 72;
  private static final float RIGHT = 523;
  private static final float SIZE = 11;
  private static final float PITCH = 13;
  private static final float TEXT = 100;

  @TempDir Path dir;

  private static Clause clause(Draft draft, String path) {
    return draft.articles().stream()
        .flatMap(Article::allClauses)
        .filter(c -> c.path().toString().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no clause " + path));
  }

  private DraftReadException refused(Path file, DraftReadException.Problem problem, String message) {
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(file));
    assertEquals(problem, e.problem(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ": " + message), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    return e;
  }

  /** An article heading and title, bold and centred, with the baseline of the title's line returned. */
  private static float heading(TestPdf pdf, float y, String heading, String title) {
    pdf.centredBold(LEFT, RIGHT, y, SIZE, heading);
    pdf.centredBold(LEFT, RIGHT, y + 2 * PITCH, SIZE, title);
    return y + 2 * PITCH;
  }

  /** A numbered paragraph: the label in its own column, the lines after it; returns the last baseline. */
  private static float paragraph(TestPdf pdf, float y, String label, String... lines) {
    pdf.text(LEFT, y, SIZE, label);
    for (int i = 0; i < lines.length; i++) {
      pdf.text(TEXT, y + i * PITCH, SIZE, lines[i]);
    }
    return y + (lines.length - 1) * PITCH;
  }

  /** A justified line: its words spread from {@code x} to the right margin. */
  private static void justified(TestPdf pdf, float x, float y, String line) {
    justified(pdf, x, y, line, RIGHT);
  }

  /** A line whose words are spread from {@code x} to {@code right}. */
  private static void justified(TestPdf pdf, float x, float y, String line, float right) {
    String[] words = line.split(" ");
    float total = 0;
    for (String word : words) {
      total += pdf.width(SIZE, word);
    }
    float space = (right - x - total) / (words.length - 1);
    for (String word : words) {
      pdf.text(x, y, SIZE, word);
      x += pdf.width(SIZE, word) + space;
    }
  }

  @Test
  void wordsBrokenAtLineEndsAreJoinedAndCompoundsKeepTheirHyphen() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Use of terms");
    y = paragraph(pdf, y + 1.6f * PITCH, "1.",
        "For the purposes of this article the informa-",
        "tion society includes non-",
        "governmental organizations and victims of cyber-",
        "attacks, and their co-",
        "operation and self-",
        "defence covers the proce-",
        "dures of small and medium-",
        "sized enterprises and of the Secretary-",
        "General.");
    paragraph(pdf, y + 1.6f * PITCH, "2.", "Cooperation, self-defence and a medium are named here.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("hyphens.pdf")));
    assertEquals(
        "For the purposes of this article the information society includes non-governmental organizations and"
            + " victims of cyber-attacks, and their cooperation and self-defence covers the procedures of small and"
            + " medium-sized enterprises and of the Secretary-General.",
        clause(draft, "1.1").text());
    assertEquals("Cooperation, self-defence and a medium are named here.", clause(draft, "1.2").text());
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void aSubparagraphEndingInAConnectiveThatFillsTheLineStaysApartFromTheNext() throws Exception {
    // the list runs on at the paragraph's pitch; "(a)" ends "; and" exactly at the right margin, as justified type does
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Records");
    y = paragraph(pdf, y + 1.6f * PITCH, "1.", "Each Party shall see to it that:");
    justified(pdf, TEXT, y + PITCH, "(a) the records of every gauge on the river are kept for five years; and");
    pdf.text(TEXT, y + 2 * PITCH, SIZE, "(b) the records are open to the public.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("connective.pdf")));
    assertEquals("the records of every gauge on the river are kept for five years; and", clause(draft, "1.1.a").text());
    assertEquals("the records are open to the public.", clause(draft, "1.1.b").text());
  }

  @Test
  void aLabelBeforeJustifiedSpacesIsNotAColumnOfItsOwn() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Definitions") + 1.6f * PITCH;
    pdf.text(LEFT, y, SIZE, "1. For the purposes of this article:");
    y += 1.6f * PITCH;
    float x = LEFT;
    for (String word : new String[] {"(a)", "\"Data\"", "shall", "mean", "every", "kind", "of", "record"}) {
      pdf.text(x, y, SIZE, word);
      x += pdf.width(SIZE, word) + 9; // every space of the justified line stretched alike
    }
    pdf.text(LEFT, y + PITCH, SIZE, "held by a State Party;");
    pdf.text(LEFT, y + 2.6f * PITCH, SIZE, "(b) \"Party\" shall mean a State Party.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("justified.pdf")));
    assertEquals("\"Data\" shall mean every kind of record held by a State Party;", clause(draft, "1.1.a").text());
    assertEquals("\"Party\" shall mean a State Party.", clause(draft, "1.1.b").text());
  }

  @Test
  void indentedFirstLinesWithoutSpacingEndParagraphsToo() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Scope of procedural measures") + 1.6f * PITCH;
    float indent = LEFT + 20;
    String[][] paragraphs = {
      {"1. Each State Party shall adopt such measures as may be necessary to establish the", "powers set out in this chapter."},
      {"2. Those powers shall apply to:"},
      {"(a) The criminal offences established in accordance with this Convention and its protocols;"},
      {"(b) Other criminal offences committed by means of an information and", "communications technology system; and"},
      {"(c) The collection of evidence in electronic form of any criminal offence."},
      {"3. The powers shall be exercised subject to the next article."},
    };
    for (String[] lines : paragraphs) {
      for (int i = 0; i < lines.length; i++) {
        pdf.text(i == 0 ? indent : LEFT, y, SIZE, lines[i]); // no space between paragraphs, only the indent
        y += PITCH;
      }
    }
    // (a) is the longest line: nothing but its closing semicolon says that (b) starts a clause.
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("indented.pdf")));
    assertEquals(
        List.of("1.1", "1.2", "1.2.a", "1.2.b", "1.2.c", "1.3"),
        draft.articles().get(0).allClauses().map(c -> c.path().toString()).toList());
    assertEquals("Each State Party shall adopt such measures as may be necessary to establish the powers set out"
        + " in this chapter.", clause(draft, "1.1").text());
    assertEquals("Other criminal offences committed by means of an information and communications technology"
        + " system; and", clause(draft, "1.2.b").text());
  }

  @Test
  void aShortDraftOfOneLineParagraphsKeepsThemApart() throws Exception {
    // Paragraphs 6 points apart, lines of a paragraph at the pitch: most lines here are paragraphs
    // of their own, so the space between paragraphs is the most common distance between lines.
    float apart = PITCH + 6;
    TestPdf pdf = new TestPdf().page();
    pdf.centredBold(LEFT, RIGHT, 80, 14, "Draft protocol on river data");
    float y = 110;
    for (String recital : new String[] {"The Parties to this Protocol,", "aware that floods harm those who live by the river,",
        "mindful of the data the river stations gather,", "have agreed as follows:"}) {
      pdf.text(LEFT, y, SIZE, recital);
      y += apart;
    }
    y = heading(pdf, y + PITCH, "Article 1", "Purpose") + apart;
    pdf.text(LEFT, y, SIZE, "The Parties share the readings of their river stations every day, by the means the");
    pdf.text(LEFT, y + PITCH, SIZE, "secretariat provides.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("short.pdf")));
    assertEquals(
        List.of("The Parties to this Protocol,", "aware that floods harm those who live by the river,",
            "mindful of the data the river stations gather,", "have agreed as follows:"),
        draft.preamble().stream().map(Clause::text).toList());
    assertEquals("The Parties share the readings of their river stations every day, by the means the secretariat provides.",
        clause(draft, "1.p1").text());
  }

  @Test
  void aCapitalisedNounThatDidNotFitOnTheLineBeforeContinuesTheParagraph() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "§ 4", "Inkrafttreten") + 1.6f * PITCH;
    String first = "Dieses Protokoll tritt am dreißigsten Tag nach der Hinterlegung der allerletzten";
    String noun = "Ratifikationsurkunde";
    float room = RIGHT - (TEXT + pdf.width(SIZE, first));
    assertTrue(room > 0.15f * (RIGHT - LEFT) && room < pdf.width(SIZE, noun),
        "the first line is short, yet the noun would not have fitted after it: " + room);
    y = paragraph(pdf, y, "(1)", first, noun + " in Kraft.") + 1.6f * PITCH;
    pdf.text(LEFT, y, SIZE, "(2)");
    justified(pdf, TEXT, y, "Es steht jedem Anrainerstaat zum Beitritt offen, sobald er das Sekretariat davon");
    pdf.text(TEXT, y + PITCH, SIZE, "unterrichtet hat.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("nouns.pdf")));
    assertEquals(first + " " + noun + " in Kraft.", clause(draft, "4.1").text());
    assertEquals(List.of("4.1", "4.2"), draft.articles().get(0).allClauses().map(c -> c.path().toString()).toList());
  }

  @Test
  void aLastLineThatHappensToSitMidPageStaysInItsParagraph() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Declarations") + 1.6f * PITCH;
    pdf.text(LEFT, y, SIZE, "1.");
    justified(pdf, TEXT, y, "On signature, a State may declare that it does not consider itself bound by paragraph");
    // A line that starts with a number, as text runs on: "paragraph / 2 of this article".
    justified(pdf, TEXT, y + PITCH, "2 of this article. The other Parties shall not be bound by that paragraph");
    // The short last line ends where its middle is the page's: it looks centred, and is not.
    float middle = (LEFT + RIGHT) / 2;
    String last = "in relation to any Party that has made such a declaration.";
    assertTrue(pdf.width(SIZE, last) < 2 * (middle - TEXT), "the words fit before the line's end");
    justified(pdf, TEXT, y + 2 * PITCH, last, 2 * middle - TEXT);
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("mid-page.pdf")));
    assertEquals(List.of("1.1"), draft.articles().get(0).allClauses().map(c -> c.path().toString()).toList());
    assertTrue(clause(draft, "1.1").text().endsWith("bound by that paragraph " + last), clause(draft, "1.1").text());
  }

  @Test
  void aCentredTitleWhoseFirstLineFillsTheMeasureIsOneTitle() throws Exception {
    TestPdf pdf = new TestPdf().page();
    String first = "Draft protocol on the exchange of hydrological data among all the riparian";
    float size = 14 * (RIGHT - LEFT - 1) / pdf.boldWidth(14, first); // the line fills the measure
    pdf.centredBold(LEFT, RIGHT, 80, size, first);
    pdf.centredBold(LEFT, RIGHT, 97, size, "States of the lower river basin");
    float y = heading(pdf, 140, "Article 1", "Purpose") + 1.6f * PITCH;
    pdf.text(LEFT, y, SIZE, "1.");
    justified(pdf, TEXT, y, "The Parties share the readings of their river stations every day, by the means that");
    pdf.text(TEXT, y + PITCH, SIZE, "the secretariat provides.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("title.pdf")));
    assertEquals(first + " States of the lower river basin", draft.title());
    assertEquals(List.of(), draft.preamble());
  }

  @Test
  void hyphenationFollowsTheDocumentsOwnWords() {
    Hyphenation words = new Hyphenation(List.of("the self-defence of a medium", "cooperation"));
    assertTrue(words.keepHyphen("self", '-', "defence"), "written with a hyphen elsewhere");
    assertFalse(words.keepHyphen("co", '-', "operation"), "written joined elsewhere, although co- is a prefix");
    assertTrue(words.keepHyphen("non", '-', "governmental"), "a prefix set with a hyphen");
    assertTrue(words.keepHyphen("medium", '-', "sized"), "the first part is a word of the document");
    assertTrue(words.keepHyphen("non", '-', "State"), "a capital after the hyphen");
    assertFalse(words.keepHyphen("informa", '-', "tion"), "a word broken by hyphenation");
    assertFalse(words.keepHyphen("self", '\u00AD', "defence"), "a soft hyphen is never kept");
  }

  @Test
  void theLastPartOfAHyphenatedCompoundKeepsItsHyphenAtALineEnd() {
    Hyphenation words = new Hyphenation(List.of("agreed on a case by case basis"));
    List<SourceLine> joined = words.join(List.of(
        new SourceLine("may be agreed on a case-by-", 1, 1), new SourceLine("consult basis, and informa-", 2, 1), new SourceLine("tion", 3, 1)));
    assertEquals("may be agreed on a case-by-consult basis, and information", joined.stream().map(SourceLine::text).collect(java.util.stream.Collectors.joining(" ")));
  }

  /** Heading, title, first line and the line that ends the paragraph at the top of the next page. */
  private static final String[][] ARTICLES = {
    {"Article 1", "Sessions", "The Commission shall hold one regular session every year, at its seat, unless it",
        "the Commission decides otherwise at its previous session."},
    {"Article 2", "Agenda", "The secretariat shall draw up the provisional agenda of each session in",
        "consultation with the Chair."},
    {"Article 3", "Languages", "Arabic, Chinese, English, French, Russian and Spanish shall be the languages of",
        "the Commission."},
  };

  /** Three pages with the symbol and date in the header and a job number and page number in the footer. */
  private Path furnishedDraft() {
    TestPdf pdf = new TestPdf();
    for (int n = 1; n <= 3; n++) {
      pdf.page();
      pdf.text(LEFT, 40, 8, "A/AC.1/2/Rev.4");
      pdf.rightAligned(RIGHT, 40, 8, "3 March 2025");
      pdf.text(LEFT, 800, 8, "V.25-00123");
      pdf.rightAligned(RIGHT, 800, 8, String.valueOf(n));
      float y = 90;
      if (n == 1) {
        pdf.centredBold(LEFT, RIGHT, y, 14, "Draft rules of procedure");
        y += 40;
      } else {
        // the end of the previous page's paragraph, continued at the top of this page
        pdf.text(TEXT, y, SIZE, ARTICLES[n - 2][3]);
        y += 2 * PITCH;
      }
      String[] a = ARTICLES[n - 1];
      y = heading(pdf, y, a[0], a[1]);
      y = paragraph(pdf, y + 1.6f * PITCH, "1.", a[2]);
      for (int line = 0; line < 40 && y < 760; line++) {
        y += PITCH;
        pdf.text(TEXT, y, SIZE, "and the words of this paragraph run on, line after line, to the bottom of the page, and");
      }
    }
    return pdf.write(dir.resolve("rules.pdf"));
  }

  @Test
  void runningHeadersAndFootersStayOutAndTheSymbolAndDateStillCount() throws Exception {
    Draft draft = DraftReaders.read(furnishedDraft());
    assertEquals("A/AC.1/2/Rev.4", draft.symbol());
    assertEquals("3 March 2025", draft.date());
    assertEquals("Rev.4", draft.revision());
    assertEquals("Draft rules of procedure", draft.title());
    assertEquals(List.of("1", "2", "3"), draft.articles().stream().map(Article::number).toList());
    assertEquals(List.of(), draft.warnings());
    for (Article article : draft.articles()) {
      assertEquals(1, article.clauses().size(), article.label() + ": one paragraph across the page break");
      String text = article.clauses().get(0).text();
      assertFalse(text.contains("A/AC.1") || text.contains("V.25") || text.contains("March"), text);
      assertFalse(text.matches(".*\\s\\d\\s.*"), "no page number: " + text);
      assertEquals(Integer.parseInt(article.number()), article.provenance().page(), article.label());
    }
    for (int n = 1; n < ARTICLES.length; n++) {
      String text = clause(draft, n + ".1").text();
      assertTrue(text.endsWith(" and " + ARTICLES[n - 1][3]), text);
    }
  }

  @Test
  void aDraftOfOnePageLosesItsHeaderAndFooterButNoLineOfItsBody() throws Exception {
    TestPdf pdf = new TestPdf().page();
    pdf.text(LEFT, 40, 8, "A/AC.1/2/Rev.4");
    pdf.rightAligned(RIGHT, 40, 8, "3 March 2025");
    pdf.text(LEFT, 800, 8, "V.25-00123");
    pdf.rightAligned(RIGHT, 800, 8, "1");
    pdf.rightAligned(RIGHT, 90, SIZE, "A/AC.1/2/Rev.4");
    pdf.rightAligned(RIGHT, 90 + PITCH, SIZE, "3 March 2025");
    pdf.centredBold(LEFT, RIGHT, 140, 14, "Draft rules of procedure");
    float y = heading(pdf, 180, "Rule 1", "Adoption") + 1.6f * PITCH;
    for (; y < 730; y += 1.6f * PITCH) {
      pdf.text(LEFT, y, SIZE, "These rules apply to every session of the Commission and of its subsidiary bodies.");
    }
    justified(pdf, LEFT, y, "The Commission adopted these rules, with the annex on the languages of its sessions, at Vienna on");
    pdf.text(LEFT, y + PITCH, SIZE, "3 March 2025"); // a date alone on the body's last line, in the footer's band
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("one-page.pdf")));
    assertEquals("Draft rules of procedure", draft.title());
    assertEquals("A/AC.1/2/Rev.4", draft.symbol());
    assertEquals("3 March 2025", draft.date());
    List<String> texts = draft.articles().get(0).allClauses().map(Clause::text).toList();
    assertEquals("The Commission adopted these rules, with the annex on the languages of its sessions, at Vienna on 3 March 2025",
        texts.get(texts.size() - 1));
    for (String text : texts) {
      assertFalse(text.contains("A/AC.1") || text.contains("V.25") || text.endsWith(" 1"), text);
    }
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void aSymbolOfSeveralWordsInTheFooterOfOnePageNamesTheDraftAndIsNoText() throws Exception {
    TestPdf pdf = new TestPdf().page();
    pdf.text(LEFT, 40, 8, "Brussels, 14.6.2026");
    pdf.centredBold(LEFT, RIGHT, 140, 14, "Proposal on the labelling of spare parts");
    float y = heading(pdf, 180, "Article 1", "Subject matter") + 1.6f * PITCH;
    pdf.text(LEFT, y, SIZE, "This Regulation lays down rules on the labelling of spare parts.");
    pdf.text(LEFT, 800, 8, "COM(2026) 123 final"); // drawn last, as the footer a word processor draws after the body
    pdf.rightAligned(RIGHT, 800, 8, "1");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("commission.pdf")));
    assertEquals("COM(2026) 123 final", draft.symbol());
    assertEquals("14.6.2026", draft.date());
    assertEquals("Proposal on the labelling of spare parts", draft.title());
    assertEquals(List.of("This Regulation lays down rules on the labelling of spare parts."),
        draft.articles().get(0).allClauses().map(Clause::text).toList());
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void theMastheadOfAUnitedNationsDocumentIsNotItsTitle() throws Exception {
    TestPdf pdf = new TestPdf().page();
    pdf.bold(LEFT, 50, 16, "United Nations");
    pdf.rightAligned(RIGHT, 50, 16, "A/AC.291/22/Rev.3");
    pdf.bold(LEFT, 78, 16, "General Assembly");
    pdf.rightAligned(RIGHT, 96, 9, "Distr.: Limited");
    pdf.rightAligned(RIGHT, 107, 9, "14 June 2024");
    pdf.rightAligned(RIGHT, 129, 9, "Original: English");
    pdf.centredBold(LEFT, RIGHT, 170, 14, "Revised draft text of the convention");
    float y = heading(pdf, 210, "Article 1", "Scope");
    paragraph(pdf, y + 1.6f * PITCH, "1.", "This Convention applies to the offences it establishes.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("masthead.pdf")));
    assertEquals("Revised draft text of the convention", draft.title());
    assertEquals("A/AC.291/22/Rev.3", draft.symbol());
    assertEquals("14 June 2024", draft.date());
    assertEquals(List.of(), draft.preamble());
    assertEquals("This Convention applies to the offences it establishes.", clause(draft, "1.1").text());
  }

  /**
   * Article 1, "Scope", whose paragraph 1 cites note 1 with a superscript before its full stop; returns
   * the baseline of the title's line.
   */
  private static float scopeCitingNoteOne(TestPdf pdf) {
    float y = heading(pdf, 80, "Article 1", "Scope");
    pdf.text(LEFT, y + 1.6f * PITCH, SIZE, "1.");
    String before = "This Convention applies to the offences it establishes";
    pdf.text(TEXT, y + 1.6f * PITCH, SIZE, before);
    pdf.text(TEXT + pdf.width(SIZE, before), y + 1.6f * PITCH - 4, 7, "1");
    pdf.text(TEXT + pdf.width(SIZE, before) + 4, y + 1.6f * PITCH, SIZE, ".");
    return y;
  }

  @Test
  void theCharactersOfAMarkerInTheTextStayTextBesideARealNoteOne() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = scopeCitingNoteOne(pdf);
    paragraph(pdf, y + 3.2f * PITCH, "2.", "A Markdown draft cites its notes as [^1] and [^2].");
    pdf.text(LEFT, y + 4.8f * PITCH, SIZE, "[^1]: this line is quoted, not a note.");
    pdf.text(LEFT, 760, 6, "1");
    pdf.text(TEXT, 763, 9, "Written as \\[^1] in such a draft.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("quoting.pdf")));
    Clause scope = clause(draft, "1.1");
    assertEquals(List.of(new Inline.Run("This Convention applies to the offences it establishes"), Inline.NoteRef.to(scope.footnotes().get(0)),
        new Inline.Run(".")), scope.content().parts(), "the superscript is the one reference");
    assertEquals(List.of("Written as \\[^1] in such a draft."), scope.footnotes().stream().map(f -> f.text()).toList());
    Clause quoting = clause(draft, "1.2");
    assertEquals(List.of(new Inline.Run("A Markdown draft cites its notes as [^1] and [^2]. [^1]: this line is quoted, not a note.")),
        quoting.content().parts(), "the typed markers are text, and so is the line that looks like a note's definition");
    assertEquals(List.of(), quoting.footnotes());
    assertEquals(1, draft.articles().stream().mapToLong(a -> a.footnotes().size()).sum(), "one note in the draft");
    assertTrue(draft.warnings().stream().noneMatch(w -> w.contains("footnote")), draft.warnings().toString());
  }

  @Test
  void footnotesAtThePageBottomAreAttachedToTheClauseThatCitesThem() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = scopeCitingNoteOne(pdf);
    pdf.text(LEFT, y + 3.2f * PITCH, SIZE, "2.");
    pdf.text(TEXT, y + 3.2f * PITCH, SIZE, "It covers an area of 12 km");
    pdf.text(TEXT + pdf.width(SIZE, "It covers an area of 12 km"), y + 3.2f * PITCH - 4, 7, "2");
    pdf.text(LEFT, 760, 6, "1");
    pdf.text(TEXT, 763, 9, "As agreed at the first session, the offences are those of chapter II,");
    pdf.page();
    heading(pdf, 80, "Article 2", "Other offences");
    pdf.text(TEXT, 763, 9, "and of no other chapter.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("notes.pdf")));
    Clause scope = clause(draft, "1.1");
    assertEquals("This Convention applies to the offences it establishes[^1].", scope.text());
    assertEquals(1, scope.footnotes().size());
    assertEquals("As agreed at the first session, the offences are those of chapter II, and of no other chapter.",
        scope.footnotes().get(0).text(), "continued on the next page");
    assertEquals("It covers an area of 12 km2", clause(draft, "1.2").text(), "a superscript that cites no footnote");
  }

  @Test
  void footnotesInTheBodysOwnTypeAreFoundBelowTheSeparatorAndContinueOnTheNextPage() throws Exception {
    TestPdf pdf = new TestPdf().page();
    scopeCitingNoteOne(pdf);
    pdf.rule(LEFT, LEFT + 120, 740);
    pdf.text(LEFT, 755, SIZE, "1");
    pdf.text(TEXT, 755, SIZE, "As agreed at the first session, the offences are those of chapter II,");
    pdf.text(TEXT, 755 + PITCH, SIZE, "and no others.");
    pdf.page();
    heading(pdf, 80, "Article 2", "Other offences");
    pdf.text(LEFT, 80 + 3.6f * PITCH, SIZE, "1.");
    pdf.text(TEXT, 80 + 3.6f * PITCH, SIZE, "Each State Party may establish other offences.");
    pdf.rule(LEFT, RIGHT, 750);
    pdf.text(TEXT, 765, SIZE, "Other offences are for a later protocol.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("separated-notes.pdf")));
    Clause scope = clause(draft, "1.1");
    assertEquals("This Convention applies to the offences it establishes[^1].", scope.text());
    assertEquals(List.of("As agreed at the first session, the offences are those of chapter II, and no others. "
        + "Other offences are for a later protocol."), scope.footnotes().stream().map(f -> f.text()).toList(),
        "the note in the body's type, continued below the next page's separator");
    assertEquals("Each State Party may establish other offences.", clause(draft, "2.1").text());
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void aRuleThatUnderlinesALineAtThePageBottomIsNoSeparator() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Signature");
    pdf.text(LEFT, y + 1.6f * PITCH, SIZE, "1.");
    pdf.text(TEXT, y + 1.6f * PITCH, SIZE, "This Convention is open for signature by all States.");
    pdf.text(LEFT, 740, SIZE, "2.");
    pdf.text(TEXT, 740, SIZE, "Done at Geneva");
    pdf.rule(TEXT, TEXT + pdf.width(SIZE, "Done at Geneva"), 741.5f);
    pdf.text(LEFT, 740 + 1.6f * PITCH, SIZE, "3.");
    pdf.text(TEXT, 740 + 1.6f * PITCH, SIZE, "1 copy in each language.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("underlined.pdf")));
    assertEquals("Done at Geneva", clause(draft, "1.2").text());
    assertEquals("1 copy in each language.", clause(draft, "1.3").text());
    assertEquals(List.of(), clause(draft, "1.1").footnotes());
  }

  @Test
  void aPageInTwoColumnsIsReadWithAWarningNamingIt() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Two columns");
    for (int i = 0; i < 6; i++) {
      pdf.text(LEFT, y + 30 + i * PITCH, SIZE, "The left column runs on here " + i);
    }
    for (int i = 0; i < 6; i++) {
      pdf.text(310, y + 30 + i * PITCH, SIZE, "and the right column beside it " + i);
    }
    Path file = pdf.write(dir.resolve("columns.pdf"));
    Draft draft = DraftReaders.read(file);
    assertEquals(List.of("columns.pdf: page 1 is set in two columns; check that its text reads in order"), draft.warnings());
  }

  @Test
  void aRotatedPageIsReadWithAWarningNamingIt() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Upright");
    paragraph(pdf, y + 1.6f * PITCH, "1.", "This page is upright.");
    pdf.page().rotate(90);
    y = heading(pdf, 80, "Article 2", "Landscape");
    paragraph(pdf, y + 1.6f * PITCH, "1.", "This page is shown turned by a quarter.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("landscape.pdf")));
    assertEquals(
        List.of("landscape.pdf: page 2 is rotated by 90 degrees; check that its text reads in order"), draft.warnings());
    assertEquals("This page is upright.", clause(draft, "1.1").text());
  }

  @Test
  void aScannedPdfIsRefusedAndAScannedPageIsNamed() throws Exception {
    Path scan = new TestPdf().page().image().page().image().write(dir.resolve("scan.pdf"));
    refused(scan, DraftReadException.Problem.NO_TEXT_LAYER, "has no text layer; it looks scanned: OCR is needed");
    TestPdf mixed = new TestPdf().page();
    float y = heading(mixed, 80, "Article 1", "Text");
    paragraph(mixed, y + 1.6f * PITCH, "1.", "This page has text.");
    Draft draft = DraftReaders.read(mixed.page().image().write(dir.resolve("mixed.pdf")));
    assertEquals(
        List.of("mixed.pdf: page 2 holds only an image; any text on it was not read (OCR is needed)"), draft.warnings());
  }

  @Test
  void aPasswordProtectedPdfIsRefused() throws Exception {
    TestPdf pdf = new TestPdf().page();
    heading(pdf, 80, "Article 1", "Secret");
    Path file = pdf.writeEncrypted(dir.resolve("locked.pdf"), "secret");
    refused(file, DraftReadException.Problem.ENCRYPTED,
        "is password-protected; save or print it to a PDF without a password");
  }

  @Test
  void aPdfProtectedOnlyAgainstEditingIsRead() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = heading(pdf, 80, "Article 1", "Open to read");
    paragraph(pdf, y + 1.6f * PITCH, "1.", "Anyone may open this file; only its owner may change it.");
    Draft draft = DraftReaders.read(pdf.writeEncrypted(dir.resolve("owner-only.pdf"), ""));
    assertEquals("Anyone may open this file; only its owner may change it.", clause(draft, "1.1").text());
  }

  @Test
  void truncatedAndFalsePdfsAreRefused() throws Exception {
    byte[] rev3 = Files.readAllBytes(Fixtures.draft("cybercrime", "rev3.pdf"));
    Path half = Files.write(dir.resolve("half.pdf"), Arrays.copyOf(rev3, rev3.length / 2));
    String truncated = "is damaged: the PDF is truncated (no end-of-file marker); download or export it again";
    refused(half, DraftReadException.Problem.CORRUPT, truncated);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(rev3, rev3.length - 8));
    refused(cut, DraftReadException.Problem.CORRUPT, truncated);
    Path text = Files.writeString(dir.resolve("letter.pdf"), "Dear Chair,\n");
    refused(text, DraftReadException.Problem.CORRUPT, "is not a PDF file (it does not start with %PDF-)");
    byte[] broken = rev3.clone();
    Arrays.fill(broken, 9, broken.length - 600, (byte) 'x');
    refused(Files.write(dir.resolve("broken.pdf"), broken), DraftReadException.Problem.CORRUPT,
        "is damaged and cannot be read as PDF");
    refused(Files.createFile(dir.resolve("zero.pdf")), DraftReadException.Problem.EMPTY, "file is empty");
    refused(dir.resolve("missing.pdf"), DraftReadException.Problem.NOT_FOUND, "file not found");
  }

  @Test
  void readingNeverChangesTheFile() throws Exception {
    Path copy = Files.copy(Fixtures.draft("cybercrime", "rev2.pdf"), dir.resolve("rev2.pdf"));
    byte[] before = Files.readAllBytes(copy);
    FileTime modified = Files.getLastModifiedTime(copy);
    assertEquals(54, DraftReaders.read(copy).articles().size());
    assertArrayEquals(before, Files.readAllBytes(copy));
    assertEquals(modified, Files.getLastModifiedTime(copy));
  }
}
