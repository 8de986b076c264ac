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
 * each at both ends with where it went or came from, and mark the words of an article moved whole
 * the same way: on Rev.1 to Rev.2 of the sample convention.
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

  /** Rev.1 article 30 as fixtures/drafts/cybercrime/rev1.txt prints it: its heading and its two paragraphs. */
  private static final String REV1_ARTICLE_30 = "Article 30. Protection of personal data "
      + "1. A State Party that transfers personal data in accordance with this Convention shall do so in conformity with domestic law. "
      + "2. A State Party that receives personal data under this Convention shall take appropriate steps to protect it against loss "
      + "and unauthorized access, and shall keep it no longer than is needed for the purpose for which it was transferred.";

  /**
   * What Rev.2 adds to it as article 35, from fixtures/drafts/cybercrime/CHANGES.md: the new number,
   * then in paragraph 1 "the" and "law of the transferring State Party and with applicable international".
   */
  private static final String GAINED = "35 the law of the transferring State Party and with applicable international";

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

  /**
   * Rev.1 article 30 moves from Chapter IV to Chapter V as Rev.2 article 35 (CHANGES.md): where it stood,
   * all its words are marked moved away; where it went, the words it kept are marked moved here and
   * the words it gained inserted, nothing deleted. Word, HTML and Markdown mark the same words so.
   */
  @Test
  void wordHtmlAndMarkdownMarkTheWordsOfAnArticleMovedWholeAlike() throws Exception {
    List<String> kept = new ArrayList<>(words(REV1_ARTICLE_30));
    kept.remove("30");
    Map<String, List<String>> away = marks(List.of(), List.of(), words(REV1_ARTICLE_30), List.of());
    Map<String, List<String>> here = marks(words(GAINED), List.of(), List.of(), kept);
    String[] formats = {"Word", "HTML", "Markdown"};
    List<List<Map<String, List<String>>>> found = List.of(wordArticles(), htmlArticles(), markdownArticles());
    for (int f = 0; f < formats.length; f++) {
      assertEquals(away, found.get(f).get(0), formats[f] + ": Rev.1 article 30 where it stood");
      assertEquals(here, found.get(f).get(1), formats[f] + ": Rev.2 article 35 where it went");
    }
  }

  /** The words of a text, letters and digits only, in order. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The words marked each way, each list sorted. */
  private static Map<String, List<String>> marks(List<String> inserted, List<String> deleted, List<String> movedFrom, List<String> movedTo) {
    return Map.of("inserted", sorted(inserted), "deleted", sorted(deleted), "moved from", sorted(movedFrom), "moved to", sorted(movedTo));
  }

  private static List<String> sorted(List<String> words) {
    return words.stream().sorted().toList();
  }

  private static Map<String, List<String>> marks(Map<String, StringBuilder> text) {
    return marks(words(text.get("inserted").toString()), words(text.get("deleted").toString()),
        words(text.get("moved from").toString()), words(text.get("moved to").toString()));
  }

  private static Map<String, StringBuilder> emptyMarks() {
    Map<String, StringBuilder> text = new HashMap<>();
    List.of("inserted", "deleted", "moved from", "moved to").forEach(k -> text.put(k, new StringBuilder()));
    return text;
  }

  /** Word: the marks of the text from each heading of "Protection of personal data" to the next heading. */
  private static List<Map<String, List<String>>> wordArticles() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(REV1_REV2, out);
    NodeList paragraphs = xml(out.toByteArray(), "word/document.xml").getElementsByTagNameNS(W, "p");
    List<Map<String, List<String>>> articles = new ArrayList<>();
    Map<String, StringBuilder> current = null;
    for (int i = 0; i < paragraphs.getLength(); i++) {
      Element p = (Element) paragraphs.item(i);
      NodeList style = p.getElementsByTagNameNS(W, "pStyle");
      boolean heading = style.getLength() > 0 && ((Element) style.item(0)).getAttributeNS(W, "val").startsWith("Heading");
      if (heading) {
        if (current != null) {
          articles.add(marks(current));
        }
        current = p.getTextContent().contains("Protection of personal data") ? emptyMarks() : null;
      }
      if (current == null) {
        continue;
      }
      for (String tag : List.of("t", "delText")) {
        NodeList texts = p.getElementsByTagNameNS(W, tag);
        for (int t = 0; t < texts.getLength(); t++) {
          String mark = switch (((Element) texts.item(t).getParentNode().getParentNode()).getLocalName()) {
            case "ins" -> "inserted";
            case "del" -> "deleted";
            case "moveFrom" -> "moved from";
            case "moveTo" -> "moved to";
            default -> "";
          };
          if (!mark.isEmpty()) {
            current.get(mark).append(' ').append(texts.item(t).getTextContent());
          }
        }
      }
    }
    if (current != null) {
      articles.add(marks(current));
    }
    return articles;
  }

  /** HTML: the marks of the inline view of Rev.1 article 30 (moved away) and Rev.2 article 35. */
  private static List<Map<String, List<String>>> htmlArticles() {
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(REV1_REV2, Optional.empty());
    List<Map<String, List<String>>> articles = new ArrayList<>();
    for (String id : List.of("a-old-30", "a-35")) {
      Matcher article = Pattern.compile("<article [^>]*id=\"" + id + "\">(.*?)<table class=\"side-view\">", Pattern.DOTALL).matcher(html);
      if (!article.find()) {
        throw new AssertionError("HTML: no article " + id);
      }
      Map<String, StringBuilder> text = emptyMarks();
      Matcher m = Pattern.compile("<ins>(.*?)</ins>|<del>(.*?)</del>|<span class=\"moved-from\">(.*?)</span>|<span class=\"moved-to\">(.*?)</span>")
          .matcher(article.group(1));
      List<String> keys = List.of("inserted", "deleted", "moved from", "moved to");
      while (m.find()) {
        for (int g = 1; g <= 4; g++) {
          if (m.group(g) != null) {
            text.get(keys.get(g - 1)).append(' ').append(m.group(g).replaceAll("<[^>]*>", ""));
          }
        }
      }
      articles.add(marks(text));
    }
    return articles;
  }

  /** Markdown: the marks of each section of the redline headed "Protection of personal data" ({@code ~~_moved away_~~}, {@code _moved here_}). */
  private static List<Map<String, List<String>>> markdownArticles() {
    String md = new MarkdownReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE))
        .write(ReportInputs.history("rev1", "rev2"), List.of(REV1_REV2), Optional.empty());
    List<Map<String, List<String>>> articles = new ArrayList<>();
    Matcher section = Pattern.compile("^#### ([^\\n]*Protection of personal data[^\\n]*)$(.*?)(?=^#)", Pattern.MULTILINE | Pattern.DOTALL).matcher(md);
    while (section.find()) {
      Map<String, StringBuilder> text = emptyMarks();
      // The move notes, in single stars and parentheses, are not the draft's text.
      String body = (section.group(1) + section.group(2)).replaceAll("\\*\\(Moved [^)]*\\)\\*|(?m)^\\*.*\\*$", "");
      Matcher m = Pattern.compile("~~_(.+?)_~~|~~(.+?)~~|\\*\\*(.+?)\\*\\*|_(.+?)_").matcher(body);
      List<String> keys = List.of("moved from", "deleted", "inserted", "moved to");
      while (m.find()) {
        for (int g = 1; g <= 4; g++) {
          if (m.group(g) != null) {
            text.get(keys.get(g - 1)).append(' ').append(m.group(g));
          }
        }
      }
      articles.add(marks(text));
    }
    return articles;
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
