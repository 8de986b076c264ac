package dev.redline.report.docx;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.read.DraftReaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The fixture pairs whose Word redlines are kept as golden files, and the normalised form in which
 * they are kept and compared: {@code word/document.xml} parsed, stripped of what may vary without
 * the reader noticing (revision-save ids, dates, the ids of changes, comments and ranges), and
 * printed one element a line, indented by depth, attributes in name order, text as written.
 */
final class GoldenRedlines {
  /** Attributes left out of the normalised form, by local name. */
  private static final Set<String> VARYING = Set.of("id", "date", "paraId", "textId");

  /**
   * A fixture pair.
   *
   * @param name the golden file's name, without {@code .document.xml}
   * @param corpus the folder under {@code fixtures/drafts}
   * @param oldFile the old draft's file name
   * @param newFile the new draft's file name
   */
  record Pair(String name, String corpus, String oldFile, String newFile) {
    @Override
    public String toString() {
      return corpus + "/" + oldFile + " -> " + newFile;
    }
  }

  /** The pairs: plain text to Word and Word to Word, none of them with formatting in its runs. */
  static final List<Pair> PAIRS = List.of(
      new Pair("cybercrime-rev1-txt-rev2-docx", "cybercrime", "rev1.txt", "rev2.docx"),
      new Pair("cybercrime-rev2-docx-rev3-docx", "cybercrime", "rev2.docx", "rev3.docx"),
      new Pair("river-commission-rules-txt-docx", "other", "river-commission-rules.txt", "river-commission-rules.docx"));

  private GoldenRedlines() {}

  /** Where the pair's golden file is kept. */
  static Path golden(Pair pair) {
    return Fixtures.root().resolve("golden").resolve(pair.name() + ".document.xml");
  }

  /** The pair's redline as written today, normalised. */
  static String redline(Pair pair) throws Exception {
    Comparison comparison = Redline.compare(
        DraftReaders.read(Fixtures.draft(pair.corpus(), pair.oldFile())), DraftReaders.read(Fixtures.draft(pair.corpus(), pair.newFile())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRedlineWriter.builder().author("Golden").date(ZonedDateTime.parse("2024-06-14T09:30:00Z")).build().write(comparison, out);
    return normalised(part(out.toByteArray(), "word/document.xml"));
  }

  static byte[] part(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return zip.readAllBytes();
        }
      }
    }
    throw new IOException("no part " + name);
  }

  /** The part's XML in the normalised form described on the class. */
  static String normalised(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    StringBuilder out = new StringBuilder();
    print(root, 0, out);
    return out.toString();
  }

  private static void print(Element element, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append('<').append(element.getTagName());
    NamedNodeMap attributes = element.getAttributes();
    List<Attr> kept = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (!a.getName().startsWith("xmlns") && !VARYING.contains(local) && !local.startsWith("rsid")) {
        kept.add(a);
      }
    }
    kept.sort(Comparator.comparing(Attr::getName));
    for (Attr a : kept) {
      out.append(' ').append(a.getName()).append("=\"").append(escape(a.getValue())).append('"');
    }
    List<Element> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        children.add(e);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    if (children.isEmpty() && text.isEmpty()) {
      out.append("/>\n");
    } else if (children.isEmpty()) {
      out.append('>').append(escape(text.toString())).append("</").append(element.getTagName()).append(">\n");
    } else {
      out.append(">\n");
      children.forEach(c -> print(c, depth + 1, out));
      out.append("  ".repeat(depth)).append("</").append(element.getTagName()).append(">\n");
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("\n", "&#10;");
  }
}
