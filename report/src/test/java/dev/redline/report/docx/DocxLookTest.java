package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Node;

/**
 * The redline of two Word drafts takes the new draft's look: its page, its styles beside the
 * redline's own "Redline note" styles, its header and footer, and Word's numbering on its lists,
 * every part still valid against the OOXML schema. The values expected are those
 * {@code fixtures/tools/make_formatted.py} writes.
 */
class DocxLookTest {
  @TempDir Path dir;

  private byte[] redline(Draft oldDraft, Draft newDraft) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRedlineWriter.builder().date(ZonedDateTime.parse("2025-05-12T09:30:00Z")).build().write(Redline.compare(oldDraft, newDraft), out);
    return out.toByteArray();
  }

  private static Draft formatted(String file) throws Exception {
    return DraftReaders.read(Fixtures.draft("formatted", file));
  }

  @Test
  void theRedlineTakesTheNewDraftsPageStylesHeaderFooterAndNumbering() throws Exception {
    byte[] docx = redline(formatted("rev1.docx"), formatted("rev2.docx"));
    WordParts document = WordParts.read(docx, "word/document.xml");
    Node size = document.nodes("/w:document/w:body/w:sectPr/w:pgSz").get(0);
    assertEquals("12240", WordParts.attribute(size, "w"), "US Letter");
    assertEquals("15840", WordParts.attribute(size, "h"));
    Node margins = document.nodes("/w:document/w:body/w:sectPr/w:pgMar").get(0);
    assertEquals(List.of("1440", "1440", "1440", "1440"),
        List.of("top", "right", "bottom", "left").stream().map(side -> WordParts.attribute(margins, side)).toList(), "one-inch margins");
    assertEquals(1, document.nodes("/w:document/w:body/w:sectPr/w:headerReference[@w:type='default']").size());
    assertEquals(1, document.nodes("/w:document/w:body/w:sectPr/w:footerReference[@w:type='default']").size());
    assertEquals(List.of("Hydrological data \u2014 Rev.2"), WordParts.read(docx, "word/header1.xml").texts(null, "//w:p"));
    assertEquals(List.of(" PAGE "), WordParts.read(docx, "word/footer1.xml").texts(null, "//w:instrText"));

    WordParts styles = WordParts.read(docx, "word/styles.xml");
    assertEquals(List.of("Liberation Sans"), styles.nodes("//w:docDefaults//w:rFonts").stream().map(n -> WordParts.attribute(n, "ascii")).toList());
    assertEquals(List.of("1F3864"), styles.nodes("//w:style[@w:styleId='Heading2']/w:rPr/w:color").stream().map(n -> WordParts.attribute(n, "val")).toList(),
        "the draft's article headings");
    assertEquals(List.of("Times New Roman"),
        styles.nodes("//w:style[@w:styleId='RedlineNote']/w:rPr/w:rFonts").stream().map(n -> WordParts.attribute(n, "ascii")).toList(),
        "the cover keeps its own font");
    assertEquals(1, styles.nodes("//w:style[@w:type='paragraph' and @w:default='1']").size(), "one default paragraph style");
    assertEquals(1, styles.nodes("//w:style[@w:styleId='Heading2']").size(), "no style twice");

    // Article 2 of Rev.2: 1., 2., (a), (b) inserted, (c), all in list 1 of the draft's numbering; Article 3: 1., 2. in list 2
    List<Node> numbered = document.nodes("//w:p[w:pPr/w:numPr]");
    assertEquals(List.of("1:0", "1:0", "1:1", "1:1", "1:1", "2:0", "2:0"),
        numbered.stream().map(p -> document.texts(p, "w:pPr/w:numPr/w:numId/@w:val").get(0) + ":" + document.texts(p, "w:pPr/w:numPr/w:ilvl/@w:val").get(0)).toList());
    assertTrue(numbered.stream().map(Node::getTextContent).noneMatch(t -> t.matches("^(\\d+\\.|\\([a-z]+\\)).*")),
        "the labels are Word's, not text: " + numbered.stream().map(Node::getTextContent).toList());
    assertTrue(WordParts.read(docx, "word/numbering.xml").nodes("//w:lvl/w:pStyle").isEmpty(), "no level tied to a style");

    assertValid(docx, "word/document.xml", DocumentDocument.Factory::parse);
    assertValid(docx, "word/styles.xml", StylesDocument.Factory::parse);
    assertValid(docx, "word/numbering.xml", NumberingDocument.Factory::parse);
    assertValid(docx, "word/header1.xml", HdrDocument.Factory::parse);
    assertValid(docx, "word/footer1.xml", FtrDocument.Factory::parse);
  }

  @Test
  void labelsThatWordsNumberingCannotGiveOnBothSidesStayText() throws Exception {
    // Rev.1 in plain text, whose Article 3 numbers its paragraphs 1 and 3: counting gives 1 and 2,
    // so that article keeps its labels as text; Article 2 still takes Word's numbering.
    Path text = dir.resolve("rev1.txt");
    Files.writeString(text, """
        A/AC.950/2/Rev.1

        3 March 2025

        Draft agreement on the exchange of hydrological data

        Article 2. Exchange of data

        1. Each Party shall share with the other Parties, inter alia, the daily water levels measured at its stations.

        2. Data shall be shared free of charge and in a form that the receiving Party can read:

        (a) within one day of their measurement in a flood;

        (b) within thirty days in any other case.

        Article 3. Review

        1. The Parties shall review this Agreement every five years.

        3. A review may also be requested by any two Parties.
        """, StandardCharsets.UTF_8);
    WordParts document = WordParts.read(redline(DraftReaders.read(text), formatted("rev2.docx")), "word/document.xml");
    assertEquals(List.of("1", "1", "1", "1", "1"), document.texts(null, "//w:p/w:pPr/w:numPr/w:numId/@w:val"), "Article 2 only");
    assertFalse(document.nodes("//w:p[not(w:pPr/w:numPr) and starts-with(normalize-space(.), '1. The Parties shall review')]").isEmpty(),
        "Article 3's labels are text");
  }

  @Test
  void draftsThatAreNotWordFilesKeepTheRedlinesOwnLook() throws Exception {
    byte[] docx = redline(DraftReaders.read(Fixtures.draft("cybercrime", "rev1.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")));
    WordParts document = WordParts.read(docx, "word/document.xml");
    assertEquals("11906", WordParts.attribute(document.nodes("//w:sectPr/w:pgSz").get(0), "w"), "A4");
    assertTrue(document.nodes("//w:headerReference | //w:numPr").isEmpty(), "no header and no numbering of a draft");
  }

  private interface Parser {
    XmlObject parse(java.io.InputStream in) throws Exception;
  }

  private static void assertValid(byte[] docx, String part, Parser parser) throws Exception {
    byte[] xml = GoldenRedlines.part(docx, part);
    XmlObject parsed = parser.parse(new ByteArrayInputStream(xml));
    List<XmlError> errors = new ArrayList<>();
    parsed.validate(new XmlOptions().setErrorListener(errors));
    assertEquals(List.of(), errors.stream().limit(5).map(e -> part + ": " + e).toList());
  }
}
