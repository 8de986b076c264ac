package dev.redline.report.docx;

import static dev.redline.report.docx.DocxRedlineLibreOfficeTest.assertLines;
import static dev.redline.report.docx.DocxRedlineLibreOfficeTest.draftTables;
import static dev.redline.report.docx.DocxRedlineLibreOfficeTest.notes;
import static dev.redline.report.docx.DocxRedlineLibreOfficeTest.tables;
import static dev.redline.report.docx.DocxRedlineLibreOfficeTest.text;
import static dev.redline.report.docx.DocxRedlineLibreOfficeTest.withoutNotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.Office;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import dev.redline.report.ReportSettings;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A redline whose new draft is a Word file, opened in LibreOffice: it prints on the draft's page,
 * in its font, under its header and over its footer, and its lists are numbered by Word as in the
 * draft, yet accepting every change still gives the new draft's text (labels included) and
 * rejecting every change the old draft's.
 */
class DocxLookLibreOfficeTest {
  @TempDir Path dir;

  @BeforeAll
  static void libreOfficeIsInstalled() {
    String reason = Office.unavailableReason();
    assertEquals("", reason, "LibreOffice is needed for this test (run .ci/install-test-tools): " + reason);
  }

  @Test
  void theFormattedDraftsLookAndAcceptAndRejectRight() throws Exception {
    Office.Result office = check("formatted", "rev1.docx", "rev2.docx");

    // make_formatted.py: US Letter (12240 x 15840 twips = 215.9 x 279.4 mm), margins of 1440 twips (25.4 mm)
    assertEquals(21590, office.look().pageWidth(), 2, "the draft's page width");
    assertEquals(27940, office.look().pageHeight(), 2, "the draft's page height");
    assertEquals(2540, office.look().leftMargin(), 2, "the draft's left margin");
    assertEquals("Hydrological data \u2014 Rev.2", office.look().header(), "the new draft's header");
    assertTrue(office.look().footer().matches("Page \\d+"), "the new draft's footer, with its page number: " + office.look().footer());
    assertEquals("Liberation Sans", office.look().bodyFont(), "the draft's body font");
    assertTrue(office.accepted().stream().anyMatch(p -> p.text().equals("(c) within thirty days in any other case.")),
        "after accepting, Word's numbering counts the inserted subparagraph: " + office.accepted());
    assertTrue(office.rejected().stream().anyMatch(p -> p.text().equals("(b) within thirty days in any other case.")),
        "after rejecting, the same paragraph is (b) again: " + office.rejected());
    // make_formatted.py: "inter alia" is italic and "five years" bold in both drafts; Rev.2 puts the
    // term "Basin" and Article 3's "two" in italics and takes the bold off "free of charge"
    assertEquals(List.of("i Basin", "i inter alia", "b five years", "i two"),
        formatted(office.acceptedRuns()), "after accepting all, the new draft's bold and italics, run by run");
    assertEquals(List.of("i inter alia", "b free of charge", "b five years"),
        formatted(office.rejectedRuns()), "after rejecting all, the old draft's bold and italics, run by run");
  }

  /**
   * The runs of the draft's body text that show bold, italic or underline, as "FORMAT TEXT"; the
   * redline's own notes and headings (bold by their style) left out.
   */
  private static List<String> formatted(List<Office.Span> runs) {
    return runs.stream()
        .filter(r -> !r.format().equals("-") && !r.style().startsWith("Redline") && !r.style().toLowerCase(Locale.ROOT).contains("heading"))
        .map(r -> r.format() + " " + r.text().strip())
        .toList();
  }

  @Test
  @Tag("slow")
  void theTablesDraftsRebuildEachSidesTablesCellByCell() throws Exception {
    Office.Result office = check("tables", "rev1.docx", "rev2.docx");

    // make_tables.py: Rev.2 deletes the row Survey and inserts Record in the definitions, inserts a
    // Drought report row, and adds Article 3 with a table of stations
    List<List<List<String>>> accepted = draftTables(office.acceptedTables());
    List<List<List<String>>> rejected = draftTables(office.rejectedTables());
    assertEquals(List.of("Term", "Gauge", "Station", "Record", "Operator"), firstColumn(accepted.get(0)));
    assertEquals(List.of("Term", "Gauge", "Station", "Survey", "Operator"), firstColumn(rejected.get(0)));
    assertEquals(List.of("Report", "Yearly report", "Flood report", "Drought report"), firstColumn(accepted.get(1)));
    assertEquals(List.of("Flood report", "within seven days of the flood"), rejected.get(1).get(2));
    assertEquals(List.of("Party", "Upper State", "Lower State"), firstColumn(accepted.get(2)));
    assertEquals(2, rejected.size(), "the new table is gone after rejecting all");
  }

  private static List<String> firstColumn(List<List<String>> rows) {
    return rows.stream().map(r -> r.get(0)).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"rev2.docx, rev3.docx", "rev1.txt, rev2.docx"})
  @Tag("slow")
  void theCybercrimeWordDraftsAcceptAndRejectRight(String oldFile, String newFile) throws Exception {
    Office.Result office = check("cybercrime", oldFile, newFile);

    // make_docx.py: A4 (11906 x 16838 twips = 210 x 297 mm), left margin 1134 twips (20 mm); the header shows the symbol and date
    assertEquals(21000, office.look().pageWidth(), 2);
    assertEquals(29700, office.look().pageHeight(), 2);
    assertEquals(2000, office.look().leftMargin(), 2);
    String symbol = DraftReaders.read(Fixtures.draft("cybercrime", newFile)).symbol();
    assertTrue(office.look().header().contains(symbol), "the new draft's header: " + office.look().header());
  }

  /** Writes the pair's redline, has LibreOffice accept and reject it, and checks both sides' text and notes. */
  private Office.Result check(String corpus, String oldFile, String newFile) throws Exception {
    Draft oldDraft = DraftReaders.read(Fixtures.draft(corpus, oldFile));
    Draft newDraft = DraftReaders.read(Fixtures.draft(corpus, newFile));
    Path docx = dir.resolve("look.docx");
    new DocxRedlineWriter(ReportSettings.DEFAULTS.withAuthor("Test Author").withDate(ZonedDateTime.parse("2025-05-12T09:30:00Z")))
        .write(Redline.compare(oldDraft, newDraft), docx);

    Office.Result office = Office.acceptAndReject(docx);

    assertEquals(0, office.leftAfterAccept());
    assertEquals(0, office.leftAfterReject());
    assertLines(withoutNotes(newDraft), text(office.accepted()), "after accepting all");
    assertLines(withoutNotes(oldDraft), text(office.rejected()), "after rejecting all");
    assertEquals(notes(newDraft), notes(office.acceptedNotes()), "real Word footnotes after accepting all");
    assertEquals(notes(oldDraft), notes(office.rejectedNotes()), "real Word footnotes after rejecting all");
    assertEquals(tables(newDraft), draftTables(office.acceptedTables()), "the new draft's tables, cell by cell, after accepting all");
    assertEquals(tables(oldDraft), draftTables(office.rejectedTables()), "the old draft's tables, cell by cell, after rejecting all");
    return office;
  }
}
