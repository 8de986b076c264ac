package dev.redline.report.docx;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.redline.Redline;
import dev.redline.fixtures.WordFiles;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import dev.redline.report.ReportSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Tag;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * Fuzz test of the Word writer on the surface tables and formatting added: two Word drafts built
 * from the fuzzer's choices (articles, numbered paragraphs, runs in any format, tables of any shape
 * with rows tracked as inserted or deleted, tables in cells, merged cells, numbering, a page
 * header) are read, compared and written as a Word redline, tracked or printable. Either a draft is
 * refused with the documented exception, or every part of the redline is well-formed XML and its
 * document is valid against the OOXML schema. Tagged slow (Jazzer instruments the code first): with
 * {@code -Pfull} it replays its seeds; set JAZZER_FUZZ=1 to fuzz (see the README).
 */
@Tag("slow")
class WordWriterFuzzTest {
  private static final String[] WORDS = {"party", "register", "shall", "keep", "record", "Article 2", "(a)", "1.", "[", "]", "\u00a0", " "};
  private static final String[] RUN_FORMATS = {
    "", "<w:b/>", "<w:i/>", "<w:u w:val=\"single\"/>", "<w:strike/>", "<w:vertAlign w:val=\"superscript\"/>", "<w:smallCaps/>",
    "<w:b w:val=\"0\"/>", "<w:vanish/>", "<w:rStyle w:val=\"Strong\"/>"
  };

  @FuzzTest(maxDuration = "10m")
  void wordWriter(FuzzedDataProvider data) throws IOException {
    boolean printable = data.consumeBoolean();
    byte[] oldDocx = draft(data);
    byte[] newDocx = draft(data);
    Path dir = Files.createTempDirectory("redline-fuzz");
    try {
      Draft oldDraft;
      Draft newDraft;
      try {
        oldDraft = DraftReaders.read(Files.write(dir.resolve("old.docx"), oldDocx));
        newDraft = DraftReaders.read(Files.write(dir.resolve("new.docx"), newDocx));
      } catch (DraftReadException expected) {
        return; // the documented refusal (a draft with no article, say)
      }
      Comparison comparison = Redline.compare(oldDraft, newDraft);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DocxRedlineWriter(ReportSettings.DEFAULTS.withDate(ZonedDateTime.parse("2025-01-01T00:00:00Z")).withPrintable(printable))
          .write(comparison, out);
      check(out.toByteArray());
    } finally {
      for (String name : List.of("old.docx", "new.docx")) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.delete(dir);
    }
  }

  /** Every XML part parses; the document is valid against the schema. */
  private static void check(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        byte[] xml = zip.readAllBytes();
        try {
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          factory.setNamespaceAware(true);
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
          if (e.getName().equals("word/document.xml")) {
            List<XmlError> errors = new ArrayList<>();
            DocumentDocument.Factory.parse(new ByteArrayInputStream(xml)).validate(new XmlOptions().setErrorListener(errors));
            if (!errors.isEmpty()) {
              throw new IllegalStateException("word/document.xml is not valid: " + errors.subList(0, Math.min(3, errors.size())));
            }
          }
        } catch (Exception x) {
          throw new IllegalStateException(e.getName() + " of the redline is not well-formed: " + x.getMessage(), x);
        }
      }
    }
  }

  /** A Word draft of one to three articles, built from the fuzzer's choices. */
  private static byte[] draft(FuzzedDataProvider data) throws IOException {
    StringBuilder body = new StringBuilder();
    int articles = data.consumeInt(1, 3);
    for (int a = 1; a <= articles; a++) {
      body.append(paragraph("", "<w:r><w:t>Article " + data.consumeInt(1, 4) + ". " + text(data) + "</w:t></w:r>"));
      int blocks = data.consumeInt(0, 5);
      for (int b = 0; b < blocks; b++) {
        if (data.consumeBoolean()) {
          body.append(table(data, 0));
        } else {
          String numPr = data.consumeBoolean()
              ? "<w:numPr><w:ilvl w:val=\"" + data.consumeInt(0, 3) + "\"/><w:numId w:val=\"" + data.consumeInt(0, 2) + "\"/></w:numPr>"
              : "";
          body.append(paragraph(numPr, runs(data)));
        }
      }
    }
    body.append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz w:w=\"").append(data.consumeInt(-10, 20_000))
        .append("\" w:h=\"16838\"/></w:sectPr>");
    String levels = "";
    String[] formats = {"decimal", "lowerLetter", "lowerRoman", "upperRoman", "bullet", "none"};
    for (int l = 0; l < 4; l++) {
      levels += "<w:lvl w:ilvl=\"" + l + "\"><w:start w:val=\"" + data.consumeInt(-2, 30) + "\"/><w:numFmt w:val=\"" + data.pickValue(formats)
          + "\"/><w:lvlText w:val=\"" + xml(data.consumeString(6)) + "\"/></w:lvl>";
    }
    String w = "xmlns:w=\"" + WordFiles.W + "\"";
    return new WordFiles().body(body.toString())
        .numbering("<w:abstractNum w:abstractNumId=\"0\">" + levels + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"" + data.consumeInt(0, 1) + "\"/></w:num>")
        .styles("<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:basedOn w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>")
        .header("rId3", "header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " + w + ">" + paragraph("", runs(data)) + "</w:hdr>")
        .bytes();
  }

  /** A table of up to six rows of up to six cells, some rows tracked, some cells merged, perhaps a table in a cell. */
  private static String table(FuzzedDataProvider data, int depth) {
    StringBuilder t = new StringBuilder("<w:tbl><w:tblGrid><w:gridCol w:w=\"" + data.consumeInt(-5, 5000) + "\"/></w:tblGrid>");
    int rows = data.consumeInt(0, 6);
    for (int r = 0; r < rows; r++) {
      t.append("<w:tr>");
      int tracked = data.consumeInt(0, 4);
      if (tracked == 1) {
        t.append("<w:trPr><w:ins w:id=\"9\" w:author=\"F\"/></w:trPr>");
      } else if (tracked == 2) {
        t.append("<w:trPr><w:del w:id=\"9\" w:author=\"F\"/></w:trPr>");
      }
      int cells = data.consumeInt(0, 6);
      for (int c = 0; c < cells; c++) {
        String merge = switch (data.consumeInt(0, 4)) {
          case 1 -> "<w:gridSpan w:val=\"" + data.consumeInt(-2, 70) + "\"/>";
          case 2 -> "<w:vMerge w:val=\"" + (data.consumeBoolean() ? "restart" : "continue") + "\"/>";
          default -> "";
        };
        t.append("<w:tc><w:tcPr>").append(merge).append("</w:tcPr>");
        int paragraphs = data.consumeInt(0, 2);
        for (int p = 0; p < paragraphs; p++) {
          t.append(paragraph("", runs(data)));
        }
        if (depth < 2 && data.consumeInt(0, 9) == 0) {
          t.append(table(data, depth + 1));
        }
        t.append("<w:p/></w:tc>");
      }
      t.append("</w:tr>");
    }
    return t.append("</w:tbl>").toString();
  }

  /** Up to eight runs, each in a format of its own, some inserted or deleted. */
  private static String runs(FuzzedDataProvider data) {
    StringBuilder p = new StringBuilder();
    int runs = data.consumeInt(0, 8);
    for (int i = 0; i < runs; i++) {
      String run = "<w:r><w:rPr>" + data.pickValue(RUN_FORMATS) + (data.consumeInt(0, 5) == 0 ? "<w:rPrChange w:id=\"7\" w:author=\"F\"><w:rPr><w:b/></w:rPr></w:rPrChange>" : "")
          + "</w:rPr><w:t xml:space=\"preserve\">" + text(data) + "</w:t></w:r>";
      int tracked = data.consumeInt(0, 5);
      p.append(tracked == 1 ? "<w:ins w:id=\"8\" w:author=\"F\">" + run + "</w:ins>"
          : tracked == 2 ? "<w:del w:id=\"8\" w:author=\"F\">" + run.replace("w:t ", "w:delText ").replace("</w:t>", "</w:delText>") + "</w:del>" : run);
    }
    return p.toString();
  }

  private static String text(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.pickValue(WORDS) + " " + data.pickValue(WORDS) : xml(data.consumeString(12));
  }

  private static String paragraph(String properties, String runs) {
    return "<w:p>" + (properties.isEmpty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + runs + "</w:p>";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD]", "");
  }
}
