package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
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
    History history = Histories.of(
        List.of(DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))),
        new Aligner());
    Comparison comparison = history.steps().get(0);
    Tracker tracker = new DemandChecker().check(history, DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml")));
    DocxRedlineWriter.Builder builder = DocxRedlineWriter.builder().date(ZonedDateTime.parse("2024-06-14T09:30:00Z"));
    if (mode.equals("printable")) {
      builder.printable();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.build().write(comparison, Optional.of(tracker), out);

    int parts = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
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
    assertEquals(5, parts, "document, styles, settings, comments and footnotes");
  }
}
