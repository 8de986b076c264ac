package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.read.DraftReaders;
import dev.redline.read.ReadOptions;
import dev.redline.report.docx.DocxRedlineWriter;
import dev.redline.report.html.HtmlReportWriter;
import dev.redline.report.json.JsonReportWriter;
import dev.redline.report.markdown.MarkdownReportWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * An article whose only change is formatting says so in every format: in the formatted Word pair
 * (fixtures/drafts/formatted, make_formatted.py) Rev.2 puts "two" in italics in Article 3 and changes
 * nothing else there, while Articles 1 and 2 change words too. Article 3 is "reformatted" in the
 * JSON's links and counts, the web page's badges, the Markdown's changed articles and the Word
 * redline's concordance and comment; with formatting ignored it is unchanged again.
 */
class ReformattedArticleTest {
  private static final ReportSettings SETTINGS = ReportSettings.DEFAULTS.withDate(ReportInputs.DATE);
  private static final String NOTE = "Only its formatting changed: the same words, some set in another format.";

  private static Comparison compare(ReadOptions options) throws Exception {
    return Redline.compare(DraftReaders.read(Fixtures.draft("formatted", "rev1.docx"), options),
        DraftReaders.read(Fixtures.draft("formatted", "rev2.docx"), options));
  }

  @Test
  void theJsonLinksAndCountsSayReformatted() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new JsonReportWriter(SETTINGS).write(compare(ReadOptions.DEFAULTS), Optional.empty()));
    assertEquals(List.of(), SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("..", "docs", "comparison.schema.json"))).validate(root));
    JsonNode links = root.get("statistics").get("links");
    assertEquals(1, links.get("reformatted").asInt());
    assertEquals(0, links.get("unchanged").asInt());
    assertEquals(2, links.get("modified").asInt());
    for (JsonNode part : root.get("parts")) {
      if (part.path("new").path("number").asText().equals("3")) {
        assertEquals("[\"reformatted\"]", root.get("links").get(part.get("link").asInt()).get("kinds").toString());
        assertTrue(part.get("changed").asBoolean());
        assertEquals(NOTE, part.get("note").asText());
        assertEquals(1, part.get("counts").get("formatting").get("edits").asInt());
      }
    }
  }

  @Test
  void theWebPageBadgesAndListsTheArticleAsChanged() throws Exception {
    String html = new HtmlReportWriter(SETTINGS).write(compare(ReadOptions.DEFAULTS), Optional.empty());
    assertTrue(html.contains("<li class=\"changed\"><a href=\"#a-3\"><span class=\"num\">3</span>Review</a> "
        + "<span class=\"badge reformatted\">reformatted</span></li>"), "the navigation, kept by the changed-only filter");
    assertTrue(html.contains("Article 3. Review <span class=\"badge reformatted\">reformatted</span></h3><p class=\"note\">" + NOTE + "</p>"));
  }

  @Test
  void theMarkdownListsItAmongTheChangedArticles() throws Exception {
    String md = new MarkdownReportWriter(SETTINGS).write(compare(ReadOptions.DEFAULTS), Optional.empty());
    assertTrue(md.contains("| 3 | 3 | Review | reformatted | 1 formatting |"), md);
    assertTrue(md.contains("3 → 3 articles: 2 modified, 1 reformatted;"), md);
    Comparison c = compare(ReadOptions.DEFAULTS);
    dev.redline.model.History history = Redline.history(List.of(c.oldDraft(), c.newDraft()));
    String redline = new MarkdownReportWriter(SETTINGS).write(history, Redline.steps(history), Optional.empty());
    assertTrue(redline.contains("*Only its formatting changed: the same words, some set in another format.*\n\n"
        + "- 2\\. A review may also be requested by any two Parties. *(formatting: \u201ctwo\u201d italic added)*\n"), redline);
  }

  @Test
  void theWordRedlineSaysSoInItsConcordanceAndComment() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(SETTINGS).write(compare(ReadOptions.DEFAULTS), out);
    String document = text(out.toByteArray(), "word/document.xml");
    assertTrue(document.contains("|3|3|Review|reformatted|"), "the concordance row of Article 3: " + document);
    assertTrue(text(out.toByteArray(), "word/comments.xml").contains(NOTE), "the comment on Article 3's heading");
  }

  @Test
  void ignoringFormattingMakesItUnchangedInEveryFormat() throws Exception {
    Comparison words = compare(ReadOptions.DEFAULTS.withoutFormatting());
    String json = new JsonReportWriter(SETTINGS).write(words, Optional.empty());
    assertFalse(json.contains("\"reformatted\" : 1") || json.contains("[ \"reformatted\" ]"), "no link reformatted");
    assertTrue(json.replaceAll("\\s+", "").contains("\"unchanged\":1,"), "Article 3 counted unchanged");
    assertFalse(new HtmlReportWriter(SETTINGS).write(words, Optional.empty()).contains("badge reformatted"));
    String md = new MarkdownReportWriter(SETTINGS).write(words, Optional.empty());
    assertFalse(md.contains("| Review |"), "Article 3 is not among the changed articles: " + md);
  }

  /** A part's text, each paragraph's and cell's runs joined, cells separated by {@code |}. */
  private static String text(byte[] docx, String part) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(part)) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          return xml.replaceAll("</w:tc>", "|").replaceAll("<w:tr[ >]", "|$0").replaceAll("<[^>]+>", "");
        }
      }
    }
    throw new AssertionError("no part " + part);
  }
}
