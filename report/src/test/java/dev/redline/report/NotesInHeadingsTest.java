package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.model.Comparison;
import dev.redline.model.Inline;
import dev.redline.read.DraftReaders;
import dev.redline.report.docx.DocxRedlineWriter;
import dev.redline.report.html.HtmlReportWriter;
import dev.redline.report.markdown.MarkdownReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note cited in the draft's title or in a division heading is a note there in every report, as
 * in a clause; and the characters {@code [^1]} in a Word draft's text are text in every report,
 * beside the draft's real note 1.
 */
class NotesInHeadingsTest {
  private static final String OLD = """
      Draft agreement on village wells[^1]

      Chapter I. Keeping the wells[^2]

      Article 1. Cleaning

      1. Each village keeps its well clean.[^3]

      [^1]: The title is provisional.

      [^2]: One delegation asked for this chapter.

      [^3]: Clean means fit to drink.
      """;
  private static final String NEW = """
      Draft agreement on village wells and springs[^1]

      Chapter I. Keeping the water[^2]

      Article 1. Cleaning

      1. Each village keeps its well clean and covered.[^3]

      [^1]: The title is provisional.

      [^2]: One delegation asked for this chapter.

      [^3]: Clean means fit to drink.
      """;

  @TempDir Path dir;

  private Comparison headings() throws Exception {
    Path oldFile = Files.writeString(dir.resolve("wells-old.md"), OLD, StandardCharsets.UTF_8);
    Path newFile = Files.writeString(dir.resolve("wells-new.md"), NEW, StandardCharsets.UTF_8);
    return Redline.compare(DraftReaders.read(oldFile), DraftReaders.read(newFile));
  }

  @Test
  void theWordRedlineMakesANoteInTheTitleOrADivisionHeadingARealFootnote() throws Exception {
    byte[] docx = docx(headings());
    String document = ReportInputs.part(docx, "word/document.xml");
    assertEquals(1, count(paragraph(document, "Title"), "<w:footnoteReference "), "the title's note");
    assertEquals(1, count(paragraph(document, "Heading1"), "<w:footnoteReference "), "the chapter's note");
    assertEquals(3, count(document, "<w:footnoteReference "), "each note once");
    String notes = ReportInputs.part(docx, "word/footnotes.xml");
    assertTrue(notes.contains("The title is provisional.") && notes.contains("One delegation asked for this chapter."), notes);
    assertFalse(text(document).contains("[^"), "no marker written as text in the redline");
    assertFalse(text(notes).contains("[^"), "nor in its notes");
  }

  @Test
  void theHtmlMarksANoteInTheTitleOrADivisionHeadingLikeOneInAClause() throws Exception {
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(headings(), Optional.empty());
    Matcher title = Pattern.compile("<p class=\"draft-title\">(.*?)</p>").matcher(html);
    assertTrue(title.find(), "the draft's title is shown");
    assertTrue(title.group(1).contains("<sup class=\"fn\"><a href=\"#note-1\">1</a></sup>"), title.group(1));
    Matcher chapter = Pattern.compile("<h2 class=\"division\">(.*?)</h2>").matcher(html);
    assertTrue(chapter.find(), "the chapter's heading is shown");
    assertTrue(chapter.group(1).contains("<sup class=\"fn\"><a href=\"#note-2\">2</a></sup>"), chapter.group(1));
    List<String> notes = Pattern.compile("<p class=\"clause footnote\"[^>]*>.*?</p>").matcher(html).results().map(r -> r.group()).toList();
    assertTrue(notes.contains("<p class=\"clause footnote\" id=\"note-1\"><a id=\"old-note-1\"></a>1 The title is provisional.</p>"), "the title's note is where its link goes: " + notes);
    assertTrue(notes.contains("<p class=\"clause footnote\" id=\"note-2\"><a id=\"old-note-2\"></a>2 One delegation asked for this chapter.</p>"), "and the chapter's: " + notes);
    assertFalse(html.contains("[^"), "no marker written as text anywhere in the page");
  }

  @Test
  void theMarkdownWritesNoMarkerForANoteInTheTitle() throws Exception {
    String md = new MarkdownReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(headings(), Optional.empty());
    assertTrue(md.contains("Draft agreement on village wells and springs\n"), md);
    assertFalse(md.contains("[^"), md);
  }

  /**
   * A Word draft made with POI: its paragraph quotes a Markdown marker, {@code [^1]}, and cites the
   * draft's real note 1; so does the next draft, with one more word.
   */
  private Path quoting(String name, String words) throws Exception {
    Path file = dir.resolve(name);
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Article 1. Notes in Markdown");
      XWPFParagraph clause = doc.createParagraph();
      clause.createRun().setText("1. A Markdown draft cites its first note as [^1]" + words);
      XWPFFootnote note = doc.createFootnote();
      note.createParagraph().createRun().setText("Square brackets and a caret make a reference in Markdown.");
      clause.addFootnoteReference(note);
      clause.createRun().setText(".");
      doc.write(out);
    }
    return file;
  }

  @Test
  void theCharactersOfAMarkerInAWordDraftAreTextInEveryReportBesideTheRealNote() throws Exception {
    Comparison c = Redline.compare(DraftReaders.read(quoting("old.docx", "")), DraftReaders.read(quoting("new.docx", " in its text")));
    List<Inline> parts = c.newDraft().articles().get(0).clauses().get(0).content().parts();
    assertEquals(new Inline.Run("A Markdown draft cites its first note as [^1] in its text"), parts.get(0));
    assertEquals(1, parts.stream().filter(Inline.NoteRef.class::isInstance).count(), "the real note, once");

    byte[] docx = docx(c);
    String document = ReportInputs.part(docx, "word/document.xml");
    assertEquals(1, count(document, "<w:footnoteReference "), "one Word footnote");
    assertTrue(text(document).contains("A Markdown draft cites its first note as [^1]"), "the quoted marker is text");
    assertTrue(ReportInputs.part(docx, "word/footnotes.xml").contains("Square brackets and a caret make a reference in Markdown."));

    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(c, Optional.empty());
    assertTrue(html.contains("cites its first note as [^1]"), "the quoted marker is text in the page");
    String inline = html.substring(html.indexOf("<div class=\"inline-view\">"), html.indexOf("<table class=\"side-view\">"));
    assertEquals(1, count(inline, ">1</a></sup>"), "and the real note is one superscript in the inline redline");
  }

  private static byte[] docx(Comparison c) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(c, out);
    return out.toByteArray();
  }

  /** The first paragraph of the document in this style. */
  private static String paragraph(String document, String style) {
    Matcher m = Pattern.compile("<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val=\"" + style + "\"/>.*?</w:p>").matcher(document);
    assertTrue(m.find(), "a paragraph in the style " + style);
    return m.group();
  }

  /** The text of a part's runs, deleted text included. */
  private static String text(String xml) {
    StringBuilder b = new StringBuilder();
    Matcher m = Pattern.compile("<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>").matcher(xml);
    while (m.find()) {
      b.append(m.group(1));
    }
    return b.toString();
  }

  private static int count(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1;
  }
}
