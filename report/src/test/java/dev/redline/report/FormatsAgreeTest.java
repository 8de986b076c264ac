package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Comparison;
import dev.redline.report.docx.DocxRedlineWriter;
import dev.redline.report.html.HtmlReportWriter;
import dev.redline.report.markdown.MarkdownReportWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Word, HTML and Markdown render the draft from the same rows, so they show the same moved clauses,
 * each at both ends with where it went or came from: on Rev.1 to Rev.2 of the sample convention.
 */
class FormatsAgreeTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /**
   * The clauses that change article in Rev.2, worked out from fixtures/drafts/cybercrime/CHANGES.md:
   * the split of Rev.1 article 25 takes its paragraphs 4 and 5 to the new article 25 as 1 and 2; the
   * merge of articles 31 and 32 into 30 keeps 31 and brings 32(1) first, 32(2) and 32(3) last; article
   * 30, moved to another chapter as 35, takes its two paragraphs along.
   */
  private static final List<String> MOVES = List.of("25.4 25.1", "25.5 25.2", "32.1 30.1", "32.2 30.4", "32.3 30.5", "30.1 35.1", "30.2 35.2");

  private static final Comparison REV1_REV2 = ReportInputs.comparison("rev1", "rev2");

  @Test
  void wordHtmlAndMarkdownShowTheSameClausesMovedAtBothEnds() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String move : MOVES) {
      String[] ends = move.split(" ");
      expected.add("Moved to " + ends[1] + " in Rev.2.");
      expected.add("Moved from " + ends[0] + " in Rev.1.");
    }
    expected.sort(null);
    assertEquals(expected, word(), "Word: comments on the paragraphs tracked as moved");
    assertEquals(expected, html(), "HTML: the notes of the inline redline");
    assertEquals(expected, markdown(), "Markdown: the notes after the moved clauses in the redline of the changed articles");
  }

  /** The first sentence of each comment on a clause paragraph that Word tracks as moved. */
  private static List<String> word() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(REV1_REV2, out);
    Document document = xml(out.toByteArray(), "word/document.xml");
    Map<String, String> comments = new HashMap<>();
    NodeList all = xml(out.toByteArray(), "word/comments.xml").getElementsByTagNameNS(W, "comment");
    for (int i = 0; i < all.getLength(); i++) {
      Element c = (Element) all.item(i);
      comments.put(c.getAttributeNS(W, "id"), c.getTextContent());
    }
    List<String> notes = new ArrayList<>();
    NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
    for (int i = 0; i < paragraphs.getLength(); i++) {
      Element p = (Element) paragraphs.item(i);
      Element pPr = (Element) p.getElementsByTagNameNS(W, "pPr").item(0);
      boolean moved = pPr != null && (pPr.getElementsByTagNameNS(W, "moveFrom").getLength() > 0 || pPr.getElementsByTagNameNS(W, "moveTo").getLength() > 0);
      if (!moved) {
        continue;
      }
      NodeList references = p.getElementsByTagNameNS(W, "commentReference");
      for (int r = 0; r < references.getLength(); r++) {
        notes.add(comments.get(((Element) references.item(r)).getAttributeNS(W, "id")));
      }
    }
    // An article moved whole gets its own comment on its heading (Moved away: ..., Moved here: ...).
    return clauseNotes(notes.stream().filter(n -> n.startsWith("Moved to ") || n.startsWith("Moved from ")).toList());
  }

  private static List<String> html() {
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(REV1_REV2, Optional.empty());
    List<String> notes = new ArrayList<>();
    Matcher views = Pattern.compile("<div class=\"inline-view\">(.*?)</div><table class=\"side-view\">", Pattern.DOTALL).matcher(html);
    while (views.find()) {
      Matcher note = Pattern.compile("<span class=\"move-note\">(.*?)</span>").matcher(views.group(1));
      while (note.find()) {
        notes.add(note.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
      }
    }
    return clauseNotes(notes);
  }

  private static List<String> markdown() {
    // The Markdown redline of the changed articles is part of a history's summary.
    String md = new MarkdownReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE))
        .write(ReportInputs.history("rev1", "rev2"), List.of(REV1_REV2), Optional.empty());
    List<String> notes = new ArrayList<>();
    Matcher note = Pattern.compile("^- .* \\*\\((Moved (?:to|from) .*)\\)\\*$", Pattern.MULTILINE).matcher(md);
    while (note.find()) {
      notes.add(note.group(1));
    }
    return clauseNotes(notes);
  }

  /** Each note's first sentence ({@code Moved to 25.1 in Rev.2.}), which names the other end, sorted. */
  private static List<String> clauseNotes(List<String> notes) {
    return notes.stream().map(n -> n.split("(?<=\\.) ", 2)[0]).sorted().toList();
  }

  private static Document xml(byte[] docx, String part) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(part)) {
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setNamespaceAware(true);
          return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
        }
      }
    }
    throw new IOException("no part " + part);
  }
}
