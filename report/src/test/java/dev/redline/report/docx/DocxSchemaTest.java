package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.Redline;
import dev.redline.report.ReportSettings;
import dev.redline.demands.DemandsFile;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every Word part Redline writes is valid against the OOXML schema (ECMA-376, transitional), as
 * POI's complete schema types check it: what Word needs to open a file without "unreadable content".
 */
class DocxSchemaTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tracked", "printable"})
  void thePartsAreValid(String mode) throws Exception {
    History history = Redline.history(
        List.of(DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))));
    Comparison comparison = history.steps().get(0);
    Tracker tracker = Redline.check(history, DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml")));
    ReportSettings settings = ReportSettings.DEFAULTS.withDate(ZonedDateTime.parse("2024-06-14T09:30:00Z")).withPrintable(mode.equals("printable"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(settings).write(comparison, Optional.of(tracker), out);

    assertEquals(5, validParts(out.toByteArray()), "document, styles, settings, comments and footnotes");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tracked", "printable"})
  void theTablesOfWordDraftsAreValid(String mode) throws Exception {
    byte[] docx = redline("tables", mode);
    WordParts document = WordParts.read(docx, "word/document.xml");
    if (mode.equals("tracked")) {
      // make_tables.py: rows Record and Drought report, and the three rows of the new table, inserted; the row Survey deleted
      assertEquals(List.of("Record", "Drought report", "Party", "Upper State", "Lower State"),
          document.texts(null, "//w:tr[w:trPr/w:ins]/w:tc[1]"), "rows tracked as inserted");
      assertEquals(List.of("Survey"), document.texts(null, "//w:tr[w:trPr/w:del]/w:tc[1]"), "rows tracked as deleted");
      assertEquals(List.of(), document.texts(null, "//w:tr[w:trPr/w:ins]//w:r[not(parent::w:ins)]"), "an inserted row's runs are insertions");
    }
    assertEquals(5, validParts(docx), "document, styles, settings, comments (on the new and the renumbered article) and footnotes");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tracked", "printable"})
  void formattingAndItsChangesAreValid(String mode) throws Exception {
    byte[] docx = redline("formatted", mode);
    WordParts document = WordParts.read(docx, "word/document.xml");
    // make_formatted.py: Rev.2 puts "Basin" and "two" in italics and takes the bold off "free of charge"
    assertEquals(mode.equals("tracked") ? List.of("Basin", "free of charge", "two") : List.of(),
        document.texts(null, "//w:r[w:rPr/w:rPrChange]"), "formatting changes tracked with the old properties");
    assertEquals(mode.equals("tracked") ? List.of("inter alia") : List.of("Basin", "inter alia", "two"),
        document.texts(null, "//w:r[w:rPr/w:i and not(w:rPr/w:rPrChange)]"), "italics kept, the new draft's in print");
    assertEquals(5, validParts(docx), "document, styles, settings, footnotes and comments (on Article 3, whose only change is formatting)");
  }

  /** The redline of a corpus's Word drafts rev1.docx and rev2.docx, tracked or printable. */
  private static byte[] redline(String corpus, String mode) throws Exception {
    Comparison comparison = Redline.compare(
        DraftReaders.read(Fixtures.draft(corpus, "rev1.docx")), DraftReaders.read(Fixtures.draft(corpus, "rev2.docx")));
    ReportSettings settings = ReportSettings.DEFAULTS.withDate(ZonedDateTime.parse("2024-06-14T09:30:00Z")).withPrintable(mode.equals("printable"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(settings).write(comparison, out);
    return out.toByteArray();
  }

  /** Validates the package's document, styles, settings, comments and footnotes; returns how many it held. */
  private static int validParts(byte[] docx) throws Exception {
    int parts = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        byte[] xml = zip.readAllBytes();
        String name = e.getName();
        XmlObject part = switch (name) {
          case "word/document.xml" -> DocumentDocument.Factory.parse(new ByteArrayInputStream(xml));
          case "word/styles.xml" -> StylesDocument.Factory.parse(new ByteArrayInputStream(xml));
          case "word/settings.xml" -> SettingsDocument.Factory.parse(new ByteArrayInputStream(xml));
          case "word/comments.xml" -> CommentsDocument.Factory.parse(new ByteArrayInputStream(xml));
          case "word/footnotes.xml" -> FootnotesDocument.Factory.parse(new ByteArrayInputStream(xml));
          default -> null;
        };
        if (part != null) {
          List<XmlError> errors = new ArrayList<>();
          part.validate(new XmlOptions().setErrorListener(errors));
          assertEquals(List.of(), errors.stream().limit(5).map(x -> name + ": " + x).toList());
          parts++;
        }
      }
    }
    return parts;
  }
}
