package dev.redline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.redline.internal.StrictYaml;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzz tests of the paths the second round of hostile input found: strict YAML (encodings,
 * duplicate keys, aliases) and Word numbering (any start, format, level text and restart, over any
 * paragraphs). Each ends in a result or the documented exception, within the fuzzer's time and
 * memory. Tagged slow (Jazzer instruments the code first): with {@code -Pfull} each runs its seeds
 * only, and {@link FuzzSeedsTest} replays the YAML seeds in every build; set JAZZER_FUZZ=1 to fuzz.
 */
@Tag("slow")
class StrictInputsFuzzTest {
  private static final String[] FORMATS = {
    "decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "decimalZero", "ordinal", "russianLower",
    "russianUpper", "arabicAlpha", "arabicAbjad", "chineseCounting", "bullet", "none"
  };

  @FuzzTest(maxDuration = "10m")
  void strictYaml(byte[] data) {
    try {
      StrictYaml.compose(StrictYaml.decode(data));
    } catch (StrictYaml.Problem expected) {
      // the documented refusal, with a line and column
      if (expected.line() < 1 || expected.column() < 1) {
        throw new IllegalStateException("a position before the file's start: " + expected.line() + ":" + expected.column());
      }
    }
  }

  @FuzzTest(maxDuration = "10m")
  void wordNumbering(FuzzedDataProvider data) throws IOException {
    String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    StringBuilder numbering = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + w + "><w:abstractNum w:abstractNumId=\"0\">");
    int levels = data.consumeInt(1, 9);
    for (int l = 0; l < levels; l++) {
      numbering.append("<w:lvl w:ilvl=\"").append(l).append("\"><w:start w:val=\"").append(data.consumeInt()).append("\"/>")
          .append("<w:numFmt w:val=\"").append(data.consumeBoolean() ? data.pickValue(FORMATS) : xml(data.consumeString(12))).append("\"/>")
          .append("<w:lvlText w:val=\"").append(xml(data.consumeString(16))).append("\"/>");
      if (data.consumeBoolean()) {
        numbering.append("<w:lvlRestart w:val=\"").append(data.consumeInt(-2, 10)).append("\"/>");
      }
      numbering.append("</w:lvl>");
    }
    numbering.append("</w:abstractNum>");
    for (int n = 1; n <= 3; n++) {
      numbering.append("<w:num w:numId=\"").append(n).append("\"><w:abstractNumId w:val=\"0\"/>");
      if (data.consumeBoolean()) {
        numbering.append("<w:lvlOverride w:ilvl=\"").append(data.consumeInt(0, 9)).append("\"><w:startOverride w:val=\"")
            .append(data.consumeInt()).append("\"/></w:lvlOverride>");
      }
      numbering.append("</w:num>");
    }
    numbering.append("</w:numbering>");
    StringBuilder body = new StringBuilder("<w:p><w:r><w:t>Article 1. Scope</w:t></w:r></w:p>");
    int paragraphs = data.consumeInt(0, 300);
    for (int i = 0; i < paragraphs; i++) {
      body.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"").append(data.consumeInt(-1, 10)).append("\"/><w:numId w:val=\"")
          .append(data.consumeInt(0, 4)).append("\"/></w:numPr></w:pPr><w:r><w:t>item ").append(i).append("</w:t></w:r></w:p>");
    }
    Path file = Files.createTempFile("redline-fuzz", ".docx");
    try {
      Files.write(file, docx(numbering.toString(), body.toString()));
      DraftReaders.read(file);
    } catch (DraftReadException expected) {
      // the documented refusal
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replaceAll("[^\\x20-\\uD7FF]", "");
  }

  private static byte[] docx(String numbering, String body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>");
      put(zip, "word/numbering.xml", numbering);
      put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          + body + "</w:body></w:document>");
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
