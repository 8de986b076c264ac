package dev.redline.read;

import static dev.redline.read.TestDocx.p;
import static dev.redline.read.TestDocx.para;
import static dev.redline.read.TestDocx.r;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Draft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts laid out as producers other than Redline's own generator lay them out: the symbol only in
 * the page header, notes cited from the preamble and from headings, headings that wrap onto a second
 * line, notes gathered at the document's end.
 */
class ForeignLayoutsTest {
  @TempDir Path dir;

  private static final float LEFT = 72;
  private static final float SIZE = 11;
  private static final float PITCH = 14;

  private static String footnote(int id) {
    return "<w:r><w:footnoteReference w:id=\"" + id + "\"/></w:r>";
  }

  @Test
  void wordSymbolAndDateOnlyInThePageHeaderNameTheDraft() throws Exception {
    Path file =
        TestDocx.body(
                para("Draft convention on the confidentiality of stored data"),
                para("Article 1. Scope"),
                para("This Convention applies to stored data."))
            .header(p(r("T-CY/2026/1/Rev.1"), "<w:r><w:tab/></w:r>", r("15 January 2026")))
            .write(dir.resolve("header.docx"));
    Draft draft = DraftReaders.read(file);
    assertEquals("T-CY/2026/1/Rev.1", draft.symbol());
    assertEquals("Rev.1", draft.revision());
    assertEquals("15 January 2026", draft.date());
    assertEquals("Draft convention on the confidentiality of stored data", draft.title());
    assertEquals("This Convention applies to stored data.", DocxFixtureDraftsTest.clause(draft, "1.p1").text(), "no header text in the article");
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void wordNotesCitedInThePreambleAndInAHeadingAreAttached() throws Exception {
    Path file =
        TestDocx.body(
                para("RC/2026/4"),
                para("Draft rules of the commission"),
                para("Preamble"),
                p(r("Recalling the treaty of the river"), footnote(1), r(",")),
                para("Have agreed as follows:"),
                p(r("Article 1. Seat of the commission"), footnote(2)),
                para("The commission sits at the river mouth."))
            .footnotes(r("Signed at the river mouth in the first year."), r("The seat may move by consensus."))
            .write(dir.resolve("notes.docx"));
    Draft draft = DraftReaders.read(file);
    assertEquals(List.of(), draft.warnings(), "no note left never cited");
    Clause recital = draft.preamble().get(0);
    assertEquals("Recalling the treaty of the river[^1],", recital.text());
    assertEquals("Signed at the river mouth in the first year.", recital.footnotes().get(0).text());
    Article seat = draft.article("1").orElseThrow();
    assertEquals("Seat of the commission[^2]", seat.title());
    assertEquals(List.of("The seat may move by consensus."), seat.footnotes().stream().map(f -> f.text()).toList(),
        "a note cited in the heading goes with the article's first clause");
  }

  @Test
  void wordNoteCitedInATableCellIsAttachedToTheCellsClause() throws Exception {
    String cell = "<w:tc><w:p>%s</w:p></w:tc>";
    Path file =
        TestDocx.body(
                para("Draft rules of the commission"),
                para("Article 1. Fees"),
                para("The fees are:"),
                "<w:tbl><w:tr>" + String.format(cell, r("Station data")) + String.format(cell, r("free of charge") + footnote(1))
                    + "</w:tr></w:tbl>")
            .footnotes(r("Except for data older than ten years."))
            .write(dir.resolve("table.docx"));
    Draft draft = DraftReaders.read(file);
    assertEquals(List.of(), draft.warnings());
    Clause free = DocxFixtureDraftsTest.clause(draft, "1.t1.r1.c2");
    assertEquals("free of charge[^1]", free.text());
    assertEquals("Except for data older than ten years.", free.footnotes().get(0).text());
  }

  @Test
  void wordNotesCitedInAChapterHeadingGoWithItsFirstArticle() throws Exception {
    Path file =
        TestDocx.body(
                para("Draft rules of the commission"),
                p(r("Chapter I. Seat"), footnote(1)),
                para("Article 1. Place"),
                para("The commission sits at the river mouth."),
                para("Article 2. Offices"),
                para("It keeps an office upstream."))
            .footnotes(r("This chapter was moved from the annex."))
            .write(dir.resolve("chapter.docx"));
    Draft draft = DraftReaders.read(file);
    assertEquals(List.of(), draft.warnings(), "no note left never cited");
    assertEquals(List.of("This chapter was moved from the annex."),
        draft.article("1").orElseThrow().footnotes().stream().map(f -> f.text()).toList());
    assertEquals(List.of(), draft.article("2").orElseThrow().footnotes());
  }

  @Test
  void wordHeadingBrokenByALineBreakKeepsItsSecondLine() throws Exception {
    Path file =
        TestDocx.body(
                para("Draft convention on stored data"),
                p(r("Article 1. Offences against the confidentiality, integrity and availability of"), "<w:r><w:br/></w:r>",
                    r("computer data and systems")),
                para("Each Party shall establish these offences."),
                p(r("Article 2"), "<w:r><w:br/></w:r>", r("Illegal access")),
                para("Each Party shall punish illegal access."))
            .write(dir.resolve("wrapped.docx"));
    Draft draft = DraftReaders.read(file);
    assertEquals("Offences against the confidentiality, integrity and availability of computer data and systems",
        draft.article("1").orElseThrow().title());
    assertEquals(List.of("1.p1"), draft.article("1").orElseThrow().allClauses().map(c -> c.path().toString()).toList());
    assertEquals("Illegal access", draft.article("2").orElseThrow().title(), "a bare heading keeps its title line");
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void pdfSymbolOfAnotherOrganisationInTheRunningHeaderNamesTheDraft() throws Exception {
    Path file = dir.resolve("header.pdf");
    TestPdf body = new TestPdf();
    for (int page = 1; page <= 2; page++) {
      body.page();
      body.text(LEFT, 40, 9, "T-CY/2026/1/Rev.1");
      body.rightAligned(523, 40, 9, "15 January 2026");
      body.text(290, 800, 9, String.valueOf(page));
      if (page == 1) {
        body.text(LEFT, 100, SIZE, "Draft convention on stored data");
        body.bold(LEFT, 130, SIZE, "Article 1. Scope");
        body.text(LEFT, 155, SIZE, "This Convention applies to stored data.");
      } else {
        body.bold(LEFT, 100, SIZE, "Article 2. Use of terms");
        body.text(LEFT, 125, SIZE, "Data means any record.");
      }
    }
    Draft draft = DraftReaders.read(body.write(file));
    assertEquals("T-CY/2026/1/Rev.1", draft.symbol());
    assertEquals("15 January 2026", draft.date());
    assertEquals("Draft convention on stored data", draft.title());
    assertEquals("This Convention applies to stored data.", DocxFixtureDraftsTest.clause(draft, "1.p1").text());
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void pdfHeadingThatWrapsInPlainTypeKeepsItsSecondLine() throws Exception {
    TestPdf pdf = new TestPdf().page();
    float y = 100;
    pdf.text(LEFT, y, SIZE, "Draft convention on stored data");
    y += 2 * PITCH;
    pdf.text(LEFT, y, SIZE, "Article 1. Offences against the confidentiality, integrity and availability of computer");
    pdf.text(LEFT, y + PITCH, SIZE, "data and systems");
    y += 3 * PITCH;
    pdf.text(LEFT, y, SIZE, "1. Each Party shall adopt such legislative and other measures as may be necessary to");
    pdf.text(LEFT, y + PITCH, SIZE, "establish the offences of this chapter under its domestic law.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("wrapped.pdf")));
    assertEquals("Offences against the confidentiality, integrity and availability of computer data and systems",
        draft.article("1").orElseThrow().title());
    assertEquals(List.of("1.1"), draft.article("1").orElseThrow().allClauses().map(c -> c.path().toString()).toList());
    assertEquals(List.of(), draft.warnings());
  }

  @Test
  void pdfNotesAtTheDocumentsEndAreAttachedToTheClausesCitingThem() throws Exception {
    TestPdf pdf = new TestPdf().page();
    pdf.text(LEFT, 100, SIZE, "Draft protocol on river data");
    pdf.bold(LEFT, 130, SIZE, "Article 1. Scope");
    String before = "1. This Protocol applies to the data of the river";
    pdf.text(LEFT, 155, SIZE, before);
    pdf.text(LEFT + pdf.width(SIZE, before), 151, 7, "1");
    pdf.text(LEFT + pdf.width(SIZE, before) + 4, 155, SIZE, ".");
    pdf.text(LEFT, 175, SIZE, "2. It applies from the day it enters into force.");
    pdf.page();
    pdf.text(LEFT, 100, SIZE, "1. The data of its tributaries count as data of the river.");
    Draft draft = DraftReaders.read(pdf.write(dir.resolve("endnotes.pdf")));
    Clause scope = DocxFixtureDraftsTest.clause(draft, "1.1");
    assertEquals("This Protocol applies to the data of the river[^1].", scope.text());
    assertEquals(List.of("The data of its tributaries count as data of the river."),
        scope.footnotes().stream().map(f -> f.text()).toList());
    assertEquals(List.of("1.1", "1.2"), draft.article("1").orElseThrow().allClauses().map(c -> c.path().toString()).toList());
    assertEquals(List.of(), draft.warnings());
  }
}
