package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.ClauseKind;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import dev.redline.model.Inline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading small hand-written drafts: what a reader of the text sees must come out as structure. */
class TextDraftReaderTest {
  @TempDir Path dir;

  private Draft read(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return DraftReaders.read(file);
  }

  @Test
  void aNoteCitedInTheTitleOrADivisionHeadingIsAReferenceThereAndAnEscapedMarkerIsText() throws Exception {
    Draft d =
        read(
            "noted.md",
            """
            Draft protocol on shared testing[^1]

            Chapter I. General matters[^2]

            Article 1. Scope

            1. This Protocol applies to trials, written \\[^3] in Markdown, and to rehearsals[^3].

            [^1]: The title is provisional.

            [^2]: The chapter was proposed by one delegation.

            [^3]: Rehearsals include dry runs.
            """);
    Footnote one = new Footnote("1", "The title is provisional.", d.articles().get(0).footnotes().get(0).provenance());
    assertEquals(List.of(new Inline.Run("Draft protocol on shared testing"), Inline.NoteRef.to(one)), d.titleContent().parts());
    Division chapter = d.divisions().get(0);
    assertEquals(List.of(new Inline.Run("General matters"), new Inline.NoteRef("fn2", "2")), chapter.titleContent().parts());
    assertEquals(chapter, d.articles().get(0).division().orElseThrow(), "the article stands in the division as the draft has it");
    Clause scope = d.articles().get(0).clauses().get(0);
    assertEquals(List.of(new Inline.Run("This Protocol applies to trials, written [^3] in Markdown, and to rehearsals"),
        new Inline.NoteRef("fn3", "3"), new Inline.Run(".")), scope.content().parts(), "\\\\[^3] is the text [^3], as in Markdown");
    assertEquals(List.of("1", "2", "3"), scope.footnotes().stream().map(Footnote::marker).toList(),
        "the title's and the heading's notes go with the first clause");
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void readsHeaderPreambleChaptersArticlesAndClauseTree() throws Exception {
    Draft d =
        read(
            "sample.txt",
            """
            A/AC.9/1/Rev.4
            2 February 2025

            Draft protocol on shared testing

            Preamble

            The Parties,

            Aware of the need to test,

            Have agreed as follows:

            Chapter I
            General matters

            Article 1
            Use of terms

            For the purposes of this Protocol:

            (a) "Test" means a trial;

            (b) "Party" means a State bound by it.

            Chapter II. Obligations

            Article 2. Duties of Parties

            1. Each Party shall:

            (a) keep records of:

            (i) every trial;

            (ii) every result; and

            (b) share them.

            2. No Party shall refuse.[^1]

            [^1]: Refusal includes silence.
            """);
    assertEquals("Draft protocol on shared testing", d.title());
    assertEquals("A/AC.9/1/Rev.4", d.symbol());
    assertEquals("2 February 2025", d.date());
    assertEquals("Rev.4", d.revision());
    assertEquals(List.of("The Parties,", "Aware of the need to test,", "Have agreed as follows:"),
        d.preamble().stream().map(Clause::text).toList());
    assertEquals(List.of("Chapter I. General matters", "Chapter II. Obligations"),
        d.divisions().stream().map(x -> x.heading()).toList());

    Article one = d.articles().get(0);
    assertEquals("Article 1. Use of terms", one.heading());
    assertEquals("Chapter I", one.division().orElseThrow().label());
    assertEquals(List.of("1.p1", "1.p1.a", "1.p1.b"), one.allClauses().map(c -> c.path().toString()).toList());
    assertTrue(one.clauses().get(0).isChapeau());

    Article two = d.articles().get(1);
    assertEquals("Duties of Parties", two.title());
    assertEquals("Chapter II", two.division().orElseThrow().label());
    assertEquals(
        List.of("2.1", "2.1.a", "2.1.a.i", "2.1.a.ii", "2.1.b", "2.2"),
        two.allClauses().map(c -> c.path().toString()).toList());
    assertEquals(ClauseKind.ITEM, two.clauses().get(0).children().get(0).children().get(0).kind());
    Clause refuse = two.clauses().get(1);
    assertEquals("No Party shall refuse.[^1]", refuse.text());
    assertEquals("Refusal includes silence.", refuse.footnotes().get(0).text());
    assertEquals(d.articles().get(1).provenance().line(), 28);
    assertTrue(d.warnings().isEmpty(), d.warnings().toString());
  }

  @Test
  void letterIAfterHIsASubparagraphNotAnItem() throws Exception {
    StringBuilder text = new StringBuilder("Article 3\n\nStates shall:\n\n");
    for (char c = 'a'; c <= 'j'; c++) {
      text.append('(').append(c).append(") do ").append(c).append(";\n\n");
    }
    Draft d = read("letters.txt", text.toString());
    Clause chapeau = d.articles().get(0).clauses().get(0);
    assertEquals(10, chapeau.children().size());
    assertEquals("i", chapeau.children().get(8).label());
    assertEquals(ClauseKind.SUBPARAGRAPH, chapeau.children().get(8).kind());
  }

  @Test
  void wrappedLinesJoinAndAReferenceAtALineStartIsNotAHeading() throws Exception {
    Draft d =
        read(
            "wrapped.txt",
            """
            Article 1
            Scope

            1. This Convention applies to the offences set out in
            article 7 and to the measures in
            (a) of paragraph 2, and to cyber-
            dependent offences.
            2. It applies also to cooperation.
            """);
    Article a = d.articles().get(0);
    assertEquals(1, d.articles().size());
    assertEquals(2, a.clauses().size());
    assertEquals(
        "This Convention applies to the offences set out in article 7 and to the measures in (a) of paragraph 2, "
            + "and to cyber-dependent offences.",
        a.clauses().get(0).text());
  }

  @Test
  void aSentenceStartingWithArticleIsNotAHeading() throws Exception {
    Draft d =
        read(
            "sentence.txt",
            """
            Article 4. Relation to other instruments

            Article 5 shall apply only where no other treaty applies.
            """);
    assertEquals(1, d.articles().size());
    assertEquals("Article 5 shall apply only where no other treaty applies.", d.articles().get(0).clauses().get(0).text());
  }

  @Test
  void markdownHeadingsReadLikePlainOnes() throws Exception {
    Draft d =
        read(
            "draft.md",
            """
            # Draft rules

            ## Chapter I. General

            ### Article 1. **Purpose**

            1. These rules apply.
            """);
    assertEquals("Draft rules", d.title());
    assertEquals("Article 1. Purpose", d.articles().get(0).heading());
    assertEquals("Chapter I. General", d.divisions().get(0).heading());
  }

  @Test
  void formFeedsCountPages() throws Exception {
    Draft d = read("paged.txt", "Article 1\nOne\n\nText one.\n\fArticle 2\nTwo\n\nText two.\n");
    assertEquals(1, d.articles().get(0).provenance().page());
    assertEquals(2, d.articles().get(1).provenance().page());
  }

  @Test
  void latin1TextIsReadWithAWarning() throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Article 1\nDéfinitions\n\nLe présent texte.\n".getBytes(StandardCharsets.ISO_8859_1));
    Draft d = DraftReaders.read(file);
    assertEquals("Définitions", d.articles().get(0).title());
    assertTrue(d.warnings().get(0).contains("Windows-1252"), d.warnings().toString());
  }

  @Test
  void duplicateArticleNumbersAreKeptAndWarned() throws Exception {
    Draft d = read("dup.txt", "Article 1. A\n\nText.\n\nArticle 1. B\n\nMore text.\n");
    assertEquals(2, d.articles().size());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("appears more than once")), d.warnings().toString());
  }

  // Bad input: one clear message naming the file and the problem.

  @Test
  void missingFile() {
    Path file = dir.resolve("nowhere.txt");
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(file));
    assertEquals(DraftReadException.Problem.NOT_FOUND, e.problem());
    assertEquals(file + ": file not found", e.getMessage());
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(empty));
    assertEquals(DraftReadException.Problem.EMPTY, e.problem());
    assertEquals(empty + ": file is empty", e.getMessage());
    Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n\t\n");
    assertEquals(
        DraftReadException.Problem.EMPTY,
        assertThrows(DraftReadException.class, () -> DraftReaders.read(blank)).problem());
  }

  @Test
  void theUnitedNationsMastheadIsNeitherTitleNorPreamble() throws Exception {
    String body = "\nRevised draft text of the convention\n\nArticle 1. Scope\n\nThis text applies.\n";
    for (String masthead :
        List.of(
            "United Nations\nA/AC.291/22/Rev.3\n\nGeneral Assembly\n\nDistr.: Limited\n14 June 2024\n\nOriginal: English\n",
            "United Nations A/AC.291/22/Rev.3\nGeneral Assembly\nDistr.: Limited\n14 June 2024\nOriginal: English\n",
            "Nations Unies\nA/AC.291/22/Rev.3\n\nAssemblée générale\n\nDistr. limitée\n14 June 2024\n\nOriginal : anglais\n")) {
      Draft d = read("masthead.txt", masthead + body);
      assertEquals("Revised draft text of the convention", d.title(), masthead);
      assertEquals("A/AC.291/22/Rev.3", d.symbol(), masthead);
      assertEquals("14 June 2024", d.date(), masthead);
      assertEquals(List.of(), d.preamble(), masthead);
    }
    Draft named = read("resolution.txt", "A/RES/1\n\nDraft resolution submitted to the General Assembly\n\nArticle 1\n\nText.\n");
    assertEquals("Draft resolution submitted to the General Assembly", named.title(), "a title that names an organ");
  }

  @Test
  void binaryFileNamedTxt() throws IOException {
    Path file = Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2, (byte) 0xFF});
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(file));
    assertEquals(DraftReadException.Problem.BINARY, e.problem());
    assertTrue(e.getMessage().startsWith(file + ": holds binary data"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
  }

  @Test
  void textWithoutArticles() throws IOException {
    Path file = Files.writeString(dir.resolve("letter.txt"), "Dear colleagues,\n\nWe write about the draft.\n");
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(file));
    assertEquals(DraftReadException.Problem.NO_ARTICLES, e.problem());
    assertTrue(e.getMessage().startsWith(file + ": no articles recognised"), e.getMessage());
  }

  @Test
  void directoryIsNotReadable() {
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(dir));
    assertEquals(DraftReadException.Problem.NOT_READABLE, e.problem());
  }

  @Test
  void formatsNotYetReadAreRefusedByName() throws IOException {
    Path file = Files.writeString(dir.resolve("draft.rtf"), "whatever");
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(file));
    assertEquals(DraftReadException.Problem.UNSUPPORTED_FORMAT, e.problem());
  }

  @Test
  void windowsOldMacAndUnixLineEndsGiveTheSameLinesAndLineNumbers() throws Exception {
    String unix = "Article 1. Scope\n\n1. First paragraph.\n\n2. Second paragraph.\n\nArticle 2. Use\n\n1. Third paragraph.\n";
    for (String ending : List.of("\r\n", "\r")) {
      Draft d = read("endings.txt", unix.replace("\n", ending));
      assertEquals(2, d.articles().size(), ending.length() + " character line end");
      Clause third = d.articles().get(1).clauses().get(0);
      assertEquals("Third paragraph.", third.text());
      assertEquals(9, third.provenance().line(), "line numbers count each line end once");
    }
    assertEquals(List.of("a", "b", "", "c", ""), TextDraftReader.lineBreaks("a\r\nb\r\rc\n"));
  }
}
