package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.Redline;
import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.read.DraftReaders;
import dev.redline.report.docx.DocxRedlineWriter;
import dev.redline.report.html.HtmlReportWriter;
import dev.redline.report.json.JsonReportWriter;
import dev.redline.report.markdown.MarkdownReportWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer renders a footnote reference from the structure of the text, never from characters
 * that merely look like one: text that reads {@code [^9]} but cites no note stays text.
 */
class FootnoteReferencesTest {
  private static final String OLD = """
      Article 1. Wells[^1]

      1. Each village keeps its well clean.[^2]

      2. A keeper records every repair.[^3]

      [^1]: A well is any shaft that reaches water.

      [^2]: Clean means fit to drink.

      [^3]: A repair includes deepening.
      """;
  private static final String NEW = """
      Article 1. Wells[^1]

      1. Each village keeps its well clean and covered.[^2]

      2. A keeper records every repair.[^3]

      3. The council reads the records, marked [^9] by the clerk, every year.[^4]

      [^1]: A well is any shaft that reaches water.

      [^2]: Clean means fit to drink.

      [^3]: A repair includes deepening.

      [^4]: A year runs from the spring fair.
      """;

  private static History history;
  private static Comparison comparison;

  @BeforeAll
  static void compare(@TempDir Path dir) throws Exception {
    Path oldFile = Files.writeString(dir.resolve("wells-old.txt"), OLD, StandardCharsets.UTF_8);
    Path newFile = Files.writeString(dir.resolve("wells-new.txt"), NEW, StandardCharsets.UTF_8);
    history = Redline.history(List.of(DraftReaders.read(oldFile), DraftReaders.read(newFile)));
    comparison = history.steps().get(0);
  }

  @Test
  void theHtmlShowsReferencesAsSuperscriptsAndLookAlikeTextAsText() {
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(comparison, Optional.empty());
    assertTrue(html.contains("every year.<sup class=\"fn\"><a href=\"#note-4\">4</a></sup></ins>"), "the inserted clause with its note");
    assertTrue(html.contains("every repair.<sup class=\"fn\"><a href=\"#note-3\">3</a></sup>"), "a kept reference");
    assertTrue(html.contains("Article 1. Wells<sup class=\"fn\"><a href=\"#note-1\">1</a></sup> <span"), "a note on the article's title");
    assertTrue(html.contains("<p class=\"clause footnote\" id=\"note-4\"><ins>4 A year runs from the spring fair.</ins></p>"),
        "the link's target is the note");
    assertTrue(html.contains("marked [^9] by the clerk"), "text that cites no note is shown as written");
    assertFalse(html.contains(">9</a></sup>"));
  }

  @Test
  void theMarkdownShowsReferencesAsTheirMarkers() {
    String md = new MarkdownReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(history, List.of(comparison), Optional.empty());
    assertTrue(md.contains("every year.4**"), md);
    assertFalse(md.contains("[^4]"), md);
  }

  @Test
  void theJsonNamesTheFootnotesEachRunRefersTo() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new JsonReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(comparison, Optional.empty()));
    List<String> notes = new ArrayList<>();
    for (JsonNode part : root.get("parts")) {
      for (JsonNode segment : part.get("heading").get("segments")) {
        segment.path("notes").forEach(n -> notes.add(segment.get("op").asText() + " " + n.asText()));
      }
      for (JsonNode clause : part.path("clauses")) {
        for (JsonNode segment : clause.get("text").get("segments")) {
          segment.path("notes").forEach(n -> notes.add(segment.get("op").asText() + " " + n.asText()));
        }
      }
    }
    assertEquals(List.of("equal fn1", "equal fn2", "equal fn3", "insert fn4"), notes);
  }

  @Test
  void theWordRedlineMakesEachReferenceAWordFootnote() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(comparison, out);
    String document = ReportInputs.part(out.toByteArray(), "word/document.xml");
    int references = document.split("<w:footnoteReference ", -1).length - 1;
    assertEquals(4, references, "one Word footnote per note, the title's among them");
    assertTrue(document.contains("marked [^9] by the clerk"), "text that cites no note stays text");
  }
}
