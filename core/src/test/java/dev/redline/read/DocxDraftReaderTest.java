package dev.redline.read;

import static dev.redline.read.TestDocx.del;
import static dev.redline.read.TestDocx.ins;
import static dev.redline.read.TestDocx.numbered;
import static dev.redline.read.TestDocx.p;
import static dev.redline.read.TestDocx.para;
import static dev.redline.read.TestDocx.r;
import static dev.redline.read.TestDocx.styled;
import static dev.redline.read.TestDocx.treatyNumbering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import dev.redline.model.Inline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading small Word files: what a reader of the document sees must come out as structure. */
class DocxDraftReaderTest {
  @TempDir Path dir;

  private static final String FOOTNOTE_1 = "<w:r><w:footnoteReference w:id=\"1\"/></w:r>";
  private static final String ENDNOTE_1 = "<w:r><w:endnoteReference w:id=\"1\"/></w:r>";

  private Draft text(String name, String text) throws Exception {
    return DraftReaders.read(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
  }

  @Test
  void theCharactersOfAMarkerInTheTextStayTextBesideARealNoteOne() throws Exception {
    Path file =
        TestDocx.body(
                para("Draft protocol on quoting"),
                styled("Heading2", r("Article 1. Quoting [^1] notes")),
                p(r("1. A Markdown draft cites a note as [^1]"), FOOTNOTE_1, r(", or as [^"), r("2] split over two runs.")),
                para("[^1]: this line is quoted, not a note."),
                p(r("3. A path such as C:\\"), FOOTNOTE_1.replace("\"1\"", "\"2\""), r(" keeps its backslash, and so does \\[^1].")))
            .footnotes(r("Written as \\[^1] or [^1] in such a draft."), r("The second note."))
            .write(dir.resolve("quoting.docx"));
    Draft word = DraftReaders.read(file);
    Article quoting = word.article("1").orElseThrow();
    assertEquals("Quoting [^1] notes", quoting.title());
    assertEquals(List.of(new Inline.Run("Quoting [^1] notes")), quoting.titleContent().parts(), "the title's characters are text");
    Clause first = DocxFixtureDraftsTest.clause(word, "1.1");
    Footnote one = first.footnotes().get(0);
    assertEquals(List.of(new Inline.Run("A Markdown draft cites a note as [^1]"), Inline.NoteRef.to(one),
        new Inline.Run(", or as [^2] split over two runs.")), first.content().parts());
    assertEquals("Written as \\[^1] or [^1] in such a draft.", one.text());
    assertEquals("[^1]: this line is quoted, not a note.", DocxFixtureDraftsTest.clause(word, "1.p1").text());
    Clause third = DocxFixtureDraftsTest.clause(word, "1.3");
    assertEquals(List.of(new Inline.Run("A path such as C:\\"), Inline.NoteRef.to(third.footnotes().get(0)),
        new Inline.Run(" keeps its backslash, and so does \\[^1].")), third.content().parts());
    assertEquals(List.of("1", "2"), quoting.footnotes().stream().map(Footnote::marker).toList(), "each real note once");
    assertTrue(word.warnings().stream().noneMatch(w -> w.contains("footnote")), word.warnings().toString());
  }

  @Test
  void numberingHeadingsAndNotesReadLikeTheTypedText() throws Exception {
    Path file =
        TestDocx.body(
                para("A/AC.9/1/Rev.2"),
                para("2 February 2025"),
                para("Draft protocol on shared testing"),
                styled("Heading1", r("Chapter I. General matters")),
                styled("Heading2", r("Article 1")),
                styled("Heading2", r("Use of terms")),
                para("For the purposes of this Protocol:"),
                numbered(1, 1, r("\"Test\" means a trial;")),
                numbered(1, 1, r("\"Party\" means a State bound by it.")),
                styled("Heading2", r("Article 2. Duties of Parties")),
                numbered(2, 0, r("Each Party shall:")),
                numbered(2, 1, r("keep records of:")),
                numbered(2, 2, r("every trial"), FOOTNOTE_1, r(";")),
                numbered(2, 2, r("every result; and")),
                numbered(2, 1, r("share them.")),
                numbered(2, 0, r("No Party shall refuse."), ENDNOTE_1))
            .numbering(treatyNumbering(2))
            .footnotes(r("A trial includes a rehearsal."))
            .endnotes(r("Refusal includes silence."))
            .write(dir.resolve("protocol.docx"));
    Draft word = DraftReaders.read(file);
    Draft typed =
        text(
            "protocol.txt",
            """
            A/AC.9/1/Rev.2
            2 February 2025

            Draft protocol on shared testing

            Chapter I. General matters

            Article 1
            Use of terms

            For the purposes of this Protocol:

            (a) "Test" means a trial;

            (b) "Party" means a State bound by it.

            Article 2. Duties of Parties

            1. Each Party shall:

            (a) keep records of:

            (i) every trial[^1];

            (ii) every result; and

            (b) share them.

            2. No Party shall refuse.[^e1]

            [^1]: A trial includes a rehearsal.

            [^e1]: Refusal includes silence.
            """);
    assertEquals(List.of(), word.warnings());
    assertEquals("Draft protocol on shared testing", word.title());
    assertEquals("A/AC.9/1/Rev.2", word.symbol());
    assertEquals("Rev.2", word.revision());
    DocxFixtureDraftsTest.assertSameLines(file, DocxFixtureDraftsTest.outline(typed), DocxFixtureDraftsTest.outline(word));
    Clause trial = DocxFixtureDraftsTest.clause(word, "2.1.a.i");
    assertEquals("every trial[^1];", trial.text());
    assertEquals("A trial includes a rehearsal.", trial.footnotes().get(0).text());
    assertEquals("e1", DocxFixtureDraftsTest.clause(word, "2.2").footnotes().get(0).marker());
    assertEquals("Use of terms", word.article("1").orElseThrow().title());
  }

  @Test
  void trackedChangesReadAsAcceptedWithAWarning() throws Exception {
    String deletedMark = "<w:rPr><w:del w:id=\"90\" w:author=\"Chair\" w:date=\"2024-06-01T00:00:00Z\"/></w:rPr>";
    String insertedMark = "<w:rPr><w:ins w:id=\"91\" w:author=\"Chair\" w:date=\"2024-06-01T00:00:00Z\"/></w:rPr>";
    String list = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
    Path file =
        TestDocx.body(
                styled("Heading2", r("Article 1. Scope")),
                numbered(1, 0, r("This Protocol applies to "), del("all"), ins(r("every")), r(" trial.")),
                // a whole paragraph deleted: its text and its mark
                "<w:p><w:pPr>" + list + deletedMark + "</w:pPr>" + del("It applies also to rehearsals.") + "</w:p>",
                numbered(1, 0, r("Parties shall report"), "<w:moveFrom w:id=\"92\" w:author=\"Chair\" w:date=\"2024-06-01T00:00:00Z\">"
                    + r(" every year") + "</w:moveFrom>", r(".")),
                // a paragraph mark deleted: this paragraph and the next become one
                "<w:p><w:pPr>" + list + deletedMark + "</w:pPr>" + r("Reports shall be public") + "</w:p>",
                p(r(" and"), "<w:moveTo w:id=\"93\" w:author=\"Chair\" w:date=\"2024-06-01T00:00:00Z\">" + r(" every year")
                    + "</w:moveTo>", r(" published.")),
                // an inserted paragraph
                "<w:p><w:pPr>" + list + insertedMark + "</w:pPr>" + ins(r("Parties may ask for help.")) + "</w:p>")
            .numbering(treatyNumbering(1))
            .write(dir.resolve("amended.docx"));
    Draft d = DraftReaders.read(file);
    Article a = d.article("1").orElseThrow();
    assertEquals(
        List.of(
            "1. This Protocol applies to every trial.",
            "2. Parties shall report.",
            "3. Reports shall be public and every year published.",
            "4. Parties may ask for help."),
        a.allClauses().map(Clause::line).toList());
    assertEquals(List.of("amended.docx: holds 9 tracked changes; read as if all were accepted"), d.warnings());
  }

  @Test
  void aTableIsAClauseWithRowsAndCellsAndItsDeletedRowsAreGone() throws Exception {
    String row = "<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>";
    String deletedRow =
        "<w:tr><w:trPr><w:del w:id=\"95\" w:author=\"Chair\" w:date=\"2024-06-01T00:00:00Z\"/></w:trPr>"
            + "<w:tc>" + para("Oldland") + "</w:tc><w:tc>" + para("Ministry of Old Tests") + "</w:tc></w:tr>";
    Path file =
        TestDocx.body(
                styled("Heading2", r("Article 1. Contact points")),
                para("The contact points are:"),
                "<w:tbl>" + String.format(row, para("Party"), para("Contact point")) + deletedRow
                    + String.format(row, para("Testland"), para("Ministry of Tests") + para("Room 12")) + "</w:tbl>",
                para("Parties shall keep the list up to date."))
            .write(dir.resolve("table.docx"));
    Draft d = DraftReaders.read(file);
    assertEquals(
        List.of(
            "1.p1 TEXT The contact points are:",
            "1.t1 TABLE ",
            "1.t1.r1 ROW ",
            "1.t1.r1.c1 CELL Party",
            "1.t1.r1.c2 CELL Contact point",
            "1.t1.r2 ROW ",
            "1.t1.r2.c1 CELL Testland",
            "1.t1.r2.c2 CELL Ministry of Tests Room 12",
            "1.p2 TEXT Parties shall keep the list up to date."),
        d.article("1").orElseThrow().allClauses().map(c -> c.path() + " " + c.kind() + " " + c.text()).toList(),
        "the deleted row is gone; a cell's paragraphs are its text; the text after the table is the next paragraph");
    assertEquals(List.of("table.docx: holds 1 tracked change; read as if all were accepted"), d.warnings());
  }

  @Test
  void aTableThatHoldsHeadingsOrStandsBeforeTheArticlesIsReadAsItsParagraphs() throws Exception {
    String row = "<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>";
    Path file =
        TestDocx.body(
                "<w:tbl>" + String.format(row, para("A/AC.9/1/Rev.2"), para("1 May 2024")) + "</w:tbl>",
                para("Draft protocol on shared testing"),
                "<w:tbl>" + String.format(row, para("Article 1. Scope"), para("This Protocol applies to tests."))
                    + String.format(row, para("Article 2. Reports"), para("Parties shall report.")) + "</w:tbl>")
            .write(dir.resolve("layout.docx"));
    Draft d = DraftReaders.read(file);
    assertEquals("A/AC.9/1/Rev.2", d.symbol(), "a masthead table gives the symbol");
    assertEquals("1 May 2024", d.date());
    assertEquals(List.of("1.p1 TEXT This Protocol applies to tests."),
        d.article("1").orElseThrow().allClauses().map(c -> c.path() + " " + c.kind() + " " + c.text()).toList(),
        "a layout table with headings in its cells gives articles, not a table");
    assertEquals(2, d.articles().size());
  }

  @Test
  void fieldsShowTheirResultAndATableOfContentsIsLeftOut() throws Exception {
    String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
    String separate = "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    String end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    Path file =
        TestDocx.body(
                para("Draft protocol on shared testing"),
                p(begin, "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h </w:instrText></w:r>", separate,
                    r("Article 1. Scope\t1")),
                p(r("Article 2. Duties\t2"), end),
                styled("Heading2", r("Article 1. Scope")),
                numbered(1, 0, r("As set out in "), begin,
                    "<w:r><w:instrText xml:space=\"preserve\"> REF _Ref123 \\h </w:instrText></w:r>", separate,
                    r("article 2"), end, r(", on page "),
                    "<w:fldSimple w:instr=\" PAGE \">" + r("7") + "</w:fldSimple>", r(".")),
                numbered(1, 0, r("Secret"), "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden words</w:t></w:r>",
                    "<w:hyperlink w:anchor=\"x\">" + r(" links") + "</w:hyperlink>",
                    "<w:sdt><w:sdtPr><w:alias w:val=\"Box\"/></w:sdtPr><w:sdtContent>" + r(" and boxes") + "</w:sdtContent></w:sdt>",
                    "<w:r><w:t xml:space=\"preserve\"> stay</w:t><w:tab/><w:t>non</w:t><w:noBreakHyphen/><w:t>breaking.</w:t></w:r>"),
                styled("Heading2", r("Article 2. Duties")),
                para("Parties shall test."))
            .numbering(treatyNumbering(1))
            .write(dir.resolve("fields.docx"));
    Draft d = DraftReaders.read(file);
    assertEquals(List.of(), d.warnings(), "no repeated articles from the table of contents");
    assertEquals(2, d.articles().size());
    assertEquals("As set out in article 2, on page 7.", DocxFixtureDraftsTest.clause(d, "1.1").text());
    assertEquals("Secret links and boxes stay non-breaking.", DocxFixtureDraftsTest.clause(d, "1.2").text());
  }

  @Test
  void numberedHeadingStylesAndLineBreaksGiveArticlesAndTitles() throws Exception {
    String styles =
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ArticleHeading\"><w:name w:val=\"heading 2\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>";
    String numbering =
        treatyNumbering(2)
            + "<w:abstractNum w:abstractNumId=\"5\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
            + "<w:lvlText w:val=\"Article %1\"/><w:pStyle w:val=\"ArticleHeading\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num>";
    Path file =
        TestDocx.body(
                styled("ArticleHeading", r("Scope")),
                numbered(1, 0, r("This Protocol applies to trials.")),
                styled("ArticleHeading", r("Duties")),
                numbered(2, 0, r("Parties shall test.")),
                numbered(2, 0, r("Parties shall report.")),
                p(r("Article 9"), "<w:r><w:br/></w:r>", r("Entry into force")),
                para("This Protocol enters into force at once."))
            .styles(styles)
            .numbering(numbering)
            .write(dir.resolve("styled.docx"));
    Draft d = DraftReaders.read(file);
    assertEquals(List.of("Article 1. Scope", "Article 2. Duties", "Article 9. Entry into force"),
        d.articles().stream().map(Article::heading).toList());
    assertEquals("Parties shall report.", DocxFixtureDraftsTest.clause(d, "2.2").text());
  }

  @Test
  void readingNeverChangesTheFile() throws Exception {
    Path copy = Files.copy(Fixtures.draft("cybercrime", "rev2.docx"), dir.resolve("rev2.docx"));
    byte[] before = Files.readAllBytes(copy);
    var modified = Files.getLastModifiedTime(copy);
    DraftReaders.read(copy);
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)), "same bytes");
    assertEquals(modified, Files.getLastModifiedTime(copy));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(copy), files.toList(), "no lock or temporary files left beside it");
    }
  }

  // ---- files Redline must refuse, each with one line naming the file and the problem

  private DraftReadException refused(Path file, DraftReadException.Problem problem, String message) {
    DraftReadException e = assertThrows(DraftReadException.class, () -> DraftReaders.read(file));
    assertEquals(problem, e.problem(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ": " + message), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    return e;
  }

  @Test
  void randomBytesNamedDocxAreNotAWordFile() throws Exception {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = 'x';
    Path file = Files.write(dir.resolve("noise.docx"), noise);
    refused(file, DraftReadException.Problem.CORRUPT, "is not a valid Word file: it is not a ZIP package");
  }

  @Test
  void aTruncatedDocxIsDamaged() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.draft("cybercrime", "rev3.docx"));
    Path file = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(whole, whole.length / 2));
    refused(file, DraftReadException.Problem.CORRUPT, "is not a valid Word file: the ZIP archive is damaged or incomplete");
  }

  @Test
  void zipsThatAreNotWordFilesSayWhatTheyAre() throws Exception {
    Path file = dir.resolve("photos.docx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("holiday.txt"));
      zip.write("sun".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    refused(file, DraftReadException.Problem.CORRUPT, "is not a valid Word file: it is a ZIP archive without word/document.xml");
    Path odt = dir.resolve("draft.docx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(odt))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    refused(odt, DraftReadException.Problem.CORRUPT, "is not a valid Word file: it is an OpenDocument file; save it in Word format (.docx)");
  }

  @Test
  void brokenXmlIsNamed() throws Exception {
    Path file = TestDocx.body(para("Article 1"), "<w:p><w:r><w:t>unclosed").write(dir.resolve("broken.docx"));
    refused(file, DraftReadException.Problem.CORRUPT, "is not a valid Word file: word/document.xml is not well-formed XML");
  }

  @Test
  void aPdfNamedDocxIsSaidToBeAPdf() throws Exception {
    Path file = Files.copy(Fixtures.draft("cybercrime", "rev3.pdf"), dir.resolve("rev3.docx"));
    refused(file, DraftReadException.Problem.CORRUPT, "is not a valid Word file: it holds a PDF document");
  }

  @Test
  void emptyFilesAndDocumentsWithoutTextAreEmpty() throws Exception {
    refused(Files.createFile(dir.resolve("zero.docx")), DraftReadException.Problem.EMPTY, "file is empty");
    Path blank = TestDocx.body(p(), p(r("  "))).write(dir.resolve("blank.docx"));
    refused(blank, DraftReadException.Problem.EMPTY, "the document holds no text");
  }

  @Test
  void aZipBombIsRefusedBeforeItInflates() throws Exception {
    // 64 MB of white space inside the body deflates to about 64 KB: a ratio Word files never have.
    Path file = dir.resolve("bomb.docx");
    byte[] types = Files.readAllBytes(TestDocx.body(para("x")).write(dir.resolve("model.docx")));
    try (var model = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(types));
        var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(9);
      for (var entry = model.getNextEntry(); entry != null; entry = model.getNextEntry()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          zip.write(("<w:document xmlns:w=\"" + TestDocx.W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 64; i++) {
            zip.write(spaces);
          }
          zip.write((para("Article 1") + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(model.readAllBytes());
        }
        zip.closeEntry();
      }
    }
    Files.delete(dir.resolve("model.docx"));
    assertTrue(Files.size(file) < 200_000, "small on disk: " + Files.size(file));
    refused(file, DraftReadException.Problem.CORRUPT, "looks like a ZIP bomb");
  }

  @Test
  void aPasswordProtectedDocxMustBeSavedWithoutAPassword() throws Exception {
    Path plain = TestDocx.body(para("Article 1"), para("Text.")).write(dir.resolve("plain.docx"));
    Path file = dir.resolve("secret.docx");
    try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
      var encryptor = info.getEncryptor();
      encryptor.confirmPassword("treaty");
      try (var out = encryptor.getDataStream(fs)) {
        Files.copy(plain, out);
      }
      try (var out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    DraftReadException e =
        refused(file, DraftReadException.Problem.ENCRYPTED, "is password-protected; open it in Word and save it without a password");
    assertTrue(e.getMessage().contains("without a password"), e.getMessage());
  }

  @Test
  void aWord97DocumentMustBeSavedAsDocx() throws Exception {
    Path file = dir.resolve("old-draft.docx");
    try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
      try (var out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    refused(file, DraftReadException.Problem.UNSUPPORTED_FORMAT, "is a Word 97-2003 document (.doc)");
    DraftReadException e = refused(dir.resolve("rev2.doc"), DraftReadException.Problem.UNSUPPORTED_FORMAT,
        "is a Word 97-2003 document (.doc), which Redline does not read; open it in Word and save it as .docx");
    assertTrue(e.getMessage().endsWith("save it as .docx"), e.getMessage());
  }

  @Test
  void aMissingDocxIsNotFound() {
    refused(dir.resolve("rev9.docx"), DraftReadException.Problem.NOT_FOUND, "file not found");
  }

  @Test
  void openDocumentIsStillRefusedWithItsMessage() {
    refused(dir.resolve("rev3.odt"), DraftReadException.Problem.UNSUPPORTED_FORMAT,
        "this format is not supported yet; save the draft as Word (.docx), PDF (.pdf), plain text (.txt) or Markdown (.md)");
  }
}
