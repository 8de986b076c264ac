package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.diff.ClauseDiffer;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.read.DraftReaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracked-change markup itself, read back with POI: what Word relies on to show the changes. */
class DocxRedlineMarkupTest {
  private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
  private static XWPFDocument document;
  private static Comparison comparison;
  private static byte[] bytes;

  @BeforeAll
  static void write() throws Exception {
    comparison =
        new ClauseDiffer()
            .compare(
                new Aligner()
                    .align(
                        DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")),
                        DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRedlineWriter.builder()
        .author("Delegation of Testland")
        .date(ZonedDateTime.parse("2024-06-14T09:30:00Z"))
        .build()
        .write(comparison, out);
    bytes = out.toByteArray();
    document = new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static XmlObject[] select(String path) {
    return document.getDocument().getBody().selectPath(W + path);
  }

  @Test
  void everyChangeCarriesAuthorDateAndAUniqueId() {
    XmlObject[] changes = select(".//w:ins | .//w:del");
    assertTrue(changes.length > 100, "changes: " + changes.length);
    java.util.Set<String> ids = new java.util.HashSet<>();
    int separated = 0;
    for (XmlObject change : changes) {
      try (XmlCursor c = change.newCursor()) {
        assertEquals("Delegation of Testland", c.getAttributeText(qname("author")));
        String date = c.getAttributeText(qname("date"));
        // The configured date; or 61 s later where LibreOffice would otherwise join two paragraphs' changes.
        assertTrue(date.startsWith("2024-06-14T09:30:00") || date.startsWith("2024-06-14T09:31:01"), date);
        if (date.startsWith("2024-06-14T09:31:01")) {
          separated++;
        }
        assertTrue(ids.add(c.getAttributeText(qname("id"))), "duplicate id");
      }
    }
    assertTrue(separated * 10 < changes.length, "most changes carry the configured date: " + separated + " of " + changes.length);
  }

  @Test
  void deletedRunsHoldDeletedTextOnly() {
    XmlObject[] deletedRuns = select(".//w:del/w:r");
    assertTrue(deletedRuns.length > 0);
    for (XmlObject run : deletedRuns) {
      assertEquals(0, run.selectPath(W + "./w:t").length, "w:t inside w:del");
      assertEquals(1, run.selectPath(W + "./w:delText").length);
    }
    for (XmlObject run : select(".//w:ins/w:r")) {
      assertEquals(0, run.selectPath(W + "./w:delText").length, "w:delText inside w:ins");
    }
  }

  @Test
  void theNewArticleIsAnInsertedParagraphWithItsMark() {
    XWPFParagraph heading =
        document.getParagraphs().stream()
            .filter(p -> p.getText().startsWith("Article 4. Offences established"))
            .findFirst()
            .orElseThrow();
    assertEquals("Heading2", heading.getStyle());
    assertTrue(heading.getCTP().getPPr().getRPr().isSetIns(), "paragraph mark is tracked as inserted");
    assertEquals(0, heading.getCTP().sizeOfRArray(), "no untracked run in an inserted paragraph");
  }

  @Test
  void aRenumberedHeadingShowsTheOldNumberDeletedAndTheNewInserted() {
    XWPFParagraph heading =
        document.getParagraphs().stream()
            .filter(p -> p.getText().contains("Liability of legal persons"))
            .findFirst()
            .orElseThrow();
    List<String> deleted = texts(heading.getCTP().selectPath(W + "./w:del/w:r/w:delText"));
    List<String> inserted = texts(heading.getCTP().selectPath(W + "./w:ins/w:r/w:t"));
    assertEquals(List.of("17"), deleted);
    assertEquals(List.of("18"), inserted);
  }

  @Test
  void theCoverNamesBothDraftsAndItsParagraphsAndTablesAreNotTracked() {
    XWPFParagraph first = document.getParagraphs().get(0);
    assertEquals("RedlineNoteHeading", first.getStyle());
    assertEquals("Redline of Rev.3 against Rev.2", first.getText());
    List<IBodyElement> cover = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph p && "Title".equals(p.getStyle())) {
        break;
      }
      cover.add(element);
    }
    assertTrue(cover.stream().filter(XWPFTable.class::isInstance).count() >= 4, "drafts, articles, kinds of change, concordance");
    for (IBodyElement element : cover) {
      XmlObject xml = element instanceof XWPFParagraph p ? p.getCTP() : ((XWPFTable) element).getCTTbl();
      assertEquals(0, xml.selectPath(W + ".//w:ins | .//w:del | .//w:moveFrom | .//w:moveTo").length, "cover content is never tracked");
      if (element instanceof XWPFParagraph p) {
        assertTrue(p.getStyle().startsWith("RedlineNote"), p.getStyle());
      }
    }
    String drafts = ((XWPFTable) cover.stream().filter(XWPFTable.class::isInstance).findFirst().orElseThrow()).getText();
    assertTrue(drafts.contains("A/AC.900/4/Rev.2") && drafts.contains("A/AC.900/4/Rev.3") && drafts.contains("14 June 2024"), drafts);
  }

  @Test
  void theConcordanceTableGivesEveryOldNumberItsNewOne() {
    XWPFTable concordance =
        document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Rev.2")).findFirst().orElseThrow();
    assertEquals(comparison.alignment().links().size() + 1, concordance.getNumberOfRows());
    XWPFTableRow liability =
        concordance.getRows().stream().filter(r -> r.getCell(2).getText().equals("Liability of legal persons")).findFirst().orElseThrow();
    assertEquals(List.of("17", "18", "Liability of legal persons", "renumbered modified"), liability.getTableCells().stream().map(c -> c.getText()).toList());
  }

  @Test
  void movedClausesAreWordMovesWhoseTwoEndsShareAName() throws Exception {
    WordParts xml = WordParts.read(bytes, "word/document.xml");
    List<org.w3c.dom.Node> from = xml.nodes("//w:moveFromRangeStart");
    List<org.w3c.dom.Node> to = xml.nodes("//w:moveToRangeStart");
    long clauseMoves = comparison.articles().stream().flatMap(a -> a.clauses().stream()).filter(c -> c.isMoveTarget()).count();
    assertTrue(clauseMoves > 0);
    assertEquals(clauseMoves, from.size(), "one move range per moved clause");
    java.util.Set<String> fromNames = new java.util.HashSet<>();
    from.forEach(n -> fromNames.add(WordParts.attribute(n, "name")));
    java.util.Set<String> toNames = new java.util.HashSet<>();
    to.forEach(n -> toNames.add(WordParts.attribute(n, "name")));
    assertEquals(from.size(), fromNames.size(), "names are unique");
    assertEquals(fromNames, toNames, "each move's source and target share its name");
    for (org.w3c.dom.Node start : from) {
      assertMoveRange(xml, start, "moveFrom");
    }
    for (org.w3c.dom.Node start : to) {
      assertMoveRange(xml, start, "moveTo");
    }
  }

  /** A move range holds one whole paragraph: the range opens before it and closes after it, and its mark moved too. */
  private static void assertMoveRange(WordParts xml, org.w3c.dom.Node start, String move) {
    org.w3c.dom.Node paragraph = next(start);
    assertEquals("w:p", paragraph.getNodeName(), "a paragraph follows the range start");
    assertEquals(1, xml.nodes(paragraph, "w:pPr/w:rPr/w:" + move).size(), "the paragraph mark moved too");
    assertEquals(0, xml.nodes(paragraph, "w:r[w:t] | w:del").size(), "a moved paragraph holds moved or inserted text only");
    assertTrue(xml.nodes(paragraph, "w:" + move).size() > 0, "its text moved");
    org.w3c.dom.Node end = next(paragraph);
    assertEquals("w:" + move + "RangeEnd", end.getNodeName(), "the range end follows the paragraph");
    assertEquals(WordParts.attribute(start, "id"), WordParts.attribute(end, "id"));
  }

  private static org.w3c.dom.Node next(org.w3c.dom.Node node) {
    org.w3c.dom.Node n = node.getNextSibling();
    while (n != null && n.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
      n = n.getNextSibling();
    }
    return n;
  }

  @Test
  void everyIdIsUniqueAndCommentsAreThere() throws Exception {
    WordParts xml = WordParts.read(bytes, "word/document.xml");
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (org.w3c.dom.Node x : xml.nodes("//w:ins | //w:del | //w:moveFrom | //w:moveTo | //w:moveFromRangeStart | //w:moveToRangeStart")) {
      assertTrue(ids.add(WordParts.attribute(x, "id")), "duplicate id " + WordParts.attribute(x, "id"));
    }
    assertTrue(ids.size() > 200, "changes: " + ids.size());
    List<String> comments = WordParts.read(bytes, "word/comments.xml").texts(null, "//w:comment");
    assertTrue(comments.contains("Was Article 17 in Rev.2."), comments.toString());
    assertEquals(comments.size(), xml.nodes("//w:commentReference").size(), "every comment is referenced once");
  }

  @Test
  void footnotesAreWordFootnotesWithTheirOwnTrackedChanges() throws Exception {
    WordParts xml = WordParts.read(bytes, "word/document.xml");
    List<String> references = xml.nodes("//w:footnoteReference").stream().map(n -> WordParts.attribute(n, "id")).toList();
    assertEquals(List.of("1", "2", "3"), references, "Rev.3 cites three notes, and none changed its number or was deleted");
    WordParts notes = WordParts.read(bytes, "word/footnotes.xml");
    assertEquals(3, notes.nodes("//w:footnote[not(@w:type)]").size());
    String legalPersons = notes.texts(null, "//w:footnote[@w:id='2']").get(0);
    assertTrue(legalPersons.startsWith(" The term \"legal persons\" is understood"), legalPersons);
    assertEquals(0, xml.nodes("//w:p[w:pPr/w:pStyle/@w:val='RedlineFootnote']").size(), "no footnote paragraphs");
  }

  /** The document part of the Word redline of Rev.2 against Rev.1: a deleted article, a split, a merge, a move. */
  private static WordParts rev1rev2Document() throws Exception {
    Comparison rev1rev2 = new ClauseDiffer().compare(new Aligner().align(
        DraftReaders.read(Fixtures.draft("cybercrime", "rev1.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRedlineWriter.builder().date(ZonedDateTime.parse("2024-06-14T09:30:00Z")).build().write(rev1rev2, out);
    return WordParts.read(out.toByteArray(), "word/document.xml");
  }

  @Test
  void aNoteRenumberedWithItsArticleIsOneReference() throws Exception {
    WordParts xml = rev1rev2Document();
    org.w3c.dom.Node liability = xml.nodes("/w:document/w:body/w:p[contains(., 'can be held liable for')]").get(0);
    assertEquals(1, xml.nodes(liability, ".//w:footnoteReference").size(), "Rev.1's note 3 is Rev.2's note 2: one reference, numbered by Word");
    assertEquals(0, xml.nodes(liability, "w:del//w:footnoteReference | w:ins//w:footnoteReference").size(), "and it is not tracked");
    assertEquals(1, xml.nodes("//w:del//w:footnoteReference").size(), "the note of deleted Article 13 goes with it");
    assertEquals(1, xml.nodes("//w:ins//w:footnoteReference").size(), "the new note of Article 39 comes with it");
  }

  @Test
  void aMovedArticlesHeadingWhereItWentIsMovedTextWithItsNewNumberInserted() throws Exception {
    // CHANGES.md: Rev.1 article 30 "Protection of personal data" moved to Chapter V as Rev.2 article 35.
    WordParts xml = rev1rev2Document();
    List<org.w3c.dom.Node> headings =
        xml.nodes("/w:document/w:body/w:p[w:pPr/w:pStyle/@w:val='Heading2'][contains(., 'Protection of personal data')]");
    assertEquals(2, headings.size(), "where it stood and where it went");
    org.w3c.dom.Node went = headings.get(1);
    assertEquals(List.of("Article ", ". Protection of personal data"), xml.texts(went, "w:moveTo/w:r/w:t"));
    assertEquals(List.of("35"), xml.texts(went, "w:ins/w:r/w:t"), "only the new number is inserted");
    assertEquals(List.of("Article 30. Protection of personal data"), xml.texts(headings.get(0), "w:moveFrom/w:r/w:t"));
  }

  @Test
  void thePrintableRedlineShowsChangesByFormattingAndTracksNothing() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRedlineWriter.builder().date(ZonedDateTime.parse("2024-06-14T09:30:00Z")).printable().build().write(comparison, out);
    WordParts xml = WordParts.read(out.toByteArray(), "word/document.xml");
    assertEquals(0, xml.nodes("//w:ins | //w:del | //w:moveFrom | //w:moveTo | //w:delText").size());
    org.w3c.dom.Node heading = xml.nodes("/w:document/w:body/w:p[w:pPr/w:pStyle/@w:val='Heading2'][contains(., 'Liability of legal persons')]").get(0);
    assertEquals("Article 1718. Liability of legal persons", heading.getTextContent(), "old and new number both shown");
    assertEquals(List.of("17"), xml.texts(heading, "w:r[w:rPr/w:strike]/w:t"));
    assertEquals(List.of("18"), xml.texts(heading, "w:r[w:rPr/w:u]/w:t"));
  }

  @Test
  void wordsWrittenInAnotherStyleShowTheNewTextWithOnlyTheDifferingCharactersTracked(@TempDir Path dir) throws Exception {
    Path oldFile = Files.writeString(dir.resolve("old.txt"), StyleDrafts.OLD);
    Path newFile = Files.writeString(dir.resolve("new.txt"), StyleDrafts.NEW);
    Comparison c = new ClauseDiffer().compare(new Aligner().align(DraftReaders.read(oldFile), DraftReaders.read(newFile)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRedlineWriter.builder().date(ZonedDateTime.parse("2024-06-14T09:30:00Z")).build().write(c, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      XWPFParagraph terms =
          doc.getParagraphs().stream().filter(p -> p.getText().contains("means any entry")).findFirst().orElseThrow();
      assertEquals(List.of("\"", "\"", "-", "-", "'", " "), texts(terms.getCTP().selectPath(W + "./w:del/w:r/w:delText")));
      assertEquals(List.of("“", "”", "—", "—", "’"), texts(terms.getCTP().selectPath(W + "./w:ins/w:r/w:t")));
      assertEquals(
          "1. “Record” means any entry — in any form — that a Party’s registry holds; nothing else.",
          String.join("", texts(terms.getCTP().selectPath(W + ".//w:t"))),
          "kept and inserted runs read as the new draft");
      XWPFParagraph cooperation =
          doc.getParagraphs().stream().filter(p -> p.getText().contains("in good faith")).findFirst().orElseThrow();
      assertEquals(List.of("-"), texts(cooperation.getCTP().selectPath(W + "./w:ins/w:r/w:t")), "co-operate: the hyphen alone");
    }
  }

  private static List<String> texts(XmlObject[] nodes) {
    return java.util.Arrays.stream(nodes).map(n -> {
      try (XmlCursor c = n.newCursor()) {
        return c.getTextValue();
      }
    }).toList();
  }

  private static javax.xml.namespace.QName qname(String local) {
    return new javax.xml.namespace.QName("http://schemas.openxmlformats.org/wordprocessingml/2006/main", local);
  }
}
