package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
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
    document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
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
  void coverNotesAreNotTracked() {
    XWPFParagraph first = document.getParagraphs().get(0);
    assertEquals("RedlineNote", first.getStyle());
    assertTrue(first.getText().startsWith("Redline of Rev.3 (A/AC.900/4/Rev.3, 14 June 2024) against Rev.2"), first.getText());
    assertFalse(first.getCTP().sizeOfInsArray() > 0 || first.getCTP().sizeOfDelArray() > 0);
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
