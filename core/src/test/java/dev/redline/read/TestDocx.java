package dev.redline.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small Word files for tests from the XML of their parts, as Word lays them out. */
final class TestDocx {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

  private final String body;
  private final Map<String, String> parts = new LinkedHashMap<>();

  private TestDocx(String body) {
    this.body = body;
  }

  /** A document whose {@code w:body} holds this XML. */
  static TestDocx body(String... blocks) {
    return new TestDocx(String.join("", blocks));
  }

  /** Adds {@code word/numbering.xml} holding this XML. */
  TestDocx numbering(String content) {
    parts.put("numbering", content);
    return this;
  }

  /** Adds {@code word/styles.xml} holding this XML. */
  TestDocx styles(String content) {
    parts.put("styles", content);
    return this;
  }

  /** Adds {@code word/footnotes.xml} holding these notes (ids 1, 2, ...). */
  TestDocx footnotes(String... texts) {
    parts.put("footnotes", notes("footnote", texts));
    return this;
  }

  /** Adds a page header, {@code word/header.xml}, holding these paragraphs. */
  TestDocx header(String... paragraphs) {
    parts.put("header", String.join("", paragraphs));
    return this;
  }

  /** Adds {@code word/endnotes.xml} holding these notes (ids 1, 2, ...). */
  TestDocx endnotes(String... texts) {
    parts.put("endnotes", notes("endnote", texts));
    return this;
  }

  private static String notes(String kind, String... texts) {
    StringBuilder s = new StringBuilder();
    s.append("<w:").append(kind).append(" w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:")
        .append(kind).append(">");
    for (int i = 0; i < texts.length; i++) {
      s.append("<w:").append(kind).append(" w:id=\"").append(i + 1).append("\"><w:p><w:r><w:").append(kind)
          .append("Ref/></w:r><w:r><w:tab/></w:r>").append(texts[i]).append("</w:p></w:").append(kind).append(">");
    }
    return s.toString();
  }

  /** Writes the file. */
  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      StringBuilder types =
          new StringBuilder(
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"" + TYPES + "document.main+xml\"/>");
      StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (String part : parts.keySet()) {
        types.append("<Override PartName=\"/word/").append(part).append(".xml\" ContentType=\"").append(TYPES)
            .append(part).append("+xml\"/>");
        rels.append("<Relationship Id=\"r").append(part).append("\" Type=\"").append(RELS).append(part)
            .append("\" Target=\"").append(part).append(".xml\"/>");
      }
      put(zip, "[Content_Types].xml", types.append("</Types>").toString());
      put(zip, "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"" + RELS + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      put(zip, "word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
      put(zip, "word/document.xml", "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
      for (Map.Entry<String, String> part : parts.entrySet()) {
        String root = part.getKey();
        put(zip, "word/" + root + ".xml", "<w:" + root + " xmlns:w=\"" + W + "\">" + part.getValue() + "</w:" + root + ">");
      }
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  // ---- building blocks for bodies

  /** A run of text. */
  static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  /** A paragraph of plain runs. */
  static String p(String... content) {
    return "<w:p>" + String.join("", content) + "</w:p>";
  }

  /** A paragraph of one run of text. */
  static String para(String text) {
    return p(r(text));
  }

  /** A paragraph in a style. */
  static String styled(String style, String... content) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + String.join("", content) + "</w:p>";
  }

  /** A paragraph in a list: numId and 0-based level. */
  static String numbered(int numId, int level, String... content) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
        + String.join("", content) + "</w:p>";
  }

  /** Inserted runs, tracked. */
  static String ins(String... runs) {
    return "<w:ins w:id=\"" + IDS.incrementAndGet() + "\" w:author=\"Chair\" w:date=\"2024-06-01T00:00:00Z\">"
        + String.join("", runs) + "</w:ins>";
  }

  /** A deleted run of text, tracked. */
  static String del(String text) {
    return "<w:del w:id=\"" + IDS.incrementAndGet() + "\" w:author=\"Chair\" w:date=\"2024-06-01T00:00:00Z\"><w:r><w:delText xml:space=\"preserve\">"
        + text + "</w:delText></w:r></w:del>";
  }

  /** The treaty list of numbering.xml: 1. / (a) / (i), instances 1 to {@code articles}, each restarting. */
  static String treatyNumbering(int articles) {
    StringBuilder s =
        new StringBuilder(
            "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>"
                + "</w:abstractNum>");
    for (int i = 1; i <= articles; i++) {
      s.append("<w:num w:numId=\"").append(i).append("\"><w:abstractNumId w:val=\"0\"/>");
      for (int level = 0; level < 3; level++) {
        s.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
      }
      s.append("</w:num>");
    }
    return s.toString();
  }
}
