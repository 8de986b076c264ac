package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.read.DraftReaders;
import dev.redline.report.html.HtmlReportWriter;
import dev.redline.report.json.JsonReportWriter;
import dev.redline.report.markdown.MarkdownReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tables of two Word drafts (fixtures/drafts/tables, see make_tables.py) in the web page, the
 * Markdown summary and the JSON: Rev.2 deletes the definitions row Survey and inserts Record, adds
 * words to the cell of Station, inserts a Drought report row, and adds Article 3 with a new table.
 */
class TableReportsTest {
  private static Comparison comparison;

  @BeforeAll
  static void compare() throws Exception {
    comparison = Redline.compare(
        DraftReaders.read(Fixtures.draft("tables", "rev1.docx")), DraftReaders.read(Fixtures.draft("tables", "rev2.docx")));
  }

  @Test
  void theWebPageShowsEachTableAsATableWithItsInsertedAndDeletedRowsMarked() {
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(comparison, Optional.empty());
    String inline = html.substring(html.indexOf("<div class=\"inline-view\">"));
    inline = inline.substring(0, inline.indexOf("</div>"));
    assertEquals(List.of("Term", "Gauge", "Station", "Survey", "Record", "Operator"), firstCells(inline), "inline, both drafts' rows");
    assertTrue(inline.contains("<tr class=\"row-deleted\"><td><del>Survey</del></td>"), inline);
    assertTrue(inline.contains("<tr class=\"row-inserted\"><td><ins>Record</ins></td>"), inline);
    assertTrue(inline.contains("a fixed place where a gauge is kept<ins> and read every day</ins>"), inline);
    assertTrue(inline.contains("<tr class=\"row-modified\"><td>Station</td>"), "the row whose cell changed is marked: " + inline);
    assertTrue(inline.contains("<tr><td>Gauge</td>"), "a row as it was is not: " + inline);

    String side = html.substring(html.indexOf("<table class=\"side-view\">"));
    side = side.substring(0, side.indexOf("</tbody></table></td></tr>") + "</tbody>".length());
    String[] sides = side.split("</tbody></table></td><td>", 2);
    assertEquals(List.of("Term", "Gauge", "Station", "Survey", "Operator"), firstCells(sides[0]), "the old draft's rows");
    assertEquals(List.of("Term", "Gauge", "Station", "Record", "Operator"), firstCells(sides[1]), "the new draft's rows");
  }

  /** The text of the first cell of each row of the first draft table in the HTML. */
  private static List<String> firstCells(String html) {
    String table = html.substring(html.indexOf("<table class=\"draft-table\">"));
    int end = table.indexOf("</tbody>");
    table = end < 0 ? table : table.substring(0, end);
    List<String> cells = new ArrayList<>();
    Matcher m = Pattern.compile("<tr[^>]*><td>(.*?)</td>").matcher(table);
    while (m.find()) {
      cells.add(m.group(1).replaceAll("<[^>]+>", ""));
    }
    return cells;
  }

  @Test
  void theHistoryListsTheChangedRowsAsAPipeTable() {
    dev.redline.model.History history = Redline.history(List.of(comparison.oldDraft(), comparison.newDraft()));
    String md = new MarkdownReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(history, Redline.steps(history), Optional.empty());
    assertTrue(md.contains("""
        | Table 1.t1 | Column 1 | Column 2 |
        | --- | --- | --- |
        | modified | Station | a fixed place where a gauge is kept **and read every day** |
        | row deleted | ~~Survey~~ | ~~a count of the gauges made once a year~~ |
        | row inserted | **Record** | **the readings of a station kept for ten years** |
        """), md);
  }

  @Test
  void theJsonKeepsTheTablesRowsAndCellsAndIsValid() throws Exception {
    String json = new JsonReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(comparison, Optional.empty());
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(List.of(), SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("..", "docs", "comparison.schema.json"))).validate(root));
    List<String> rows = new ArrayList<>();
    for (JsonNode part : root.get("parts")) {
      if (part.path("new").path("number").asText().equals("1")) {
        for (JsonNode clause : part.get("clauses")) {
          if (!clause.get("kind").asText().equals("cell")) {
            rows.add(clause.get("kind").asText() + " " + clause.get("oldPath").asText("-") + " " + clause.get("newPath").asText("-")
                + " " + clause.get("text").get("status").asText());
          }
        }
      }
    }
    // A row's status is its cells': Station's meaning gained words, Survey is deleted, Record inserted.
    assertEquals(List.of("text 1.p1 1.p1 unchanged", "table 1.t1 1.t1 modified", "row 1.t1.r1 1.t1.r1 unchanged",
        "row 1.t1.r2 1.t1.r2 unchanged", "row 1.t1.r3 1.t1.r3 modified", "row 1.t1.r4 - deleted", "row - 1.t1.r4 inserted",
        "row 1.t1.r5 1.t1.r5 unchanged"), rows);
  }
}
