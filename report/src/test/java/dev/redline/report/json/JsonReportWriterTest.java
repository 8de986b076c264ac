package dev.redline.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.redline.model.Comparison;
import dev.redline.report.ReportInputs;
import dev.redline.report.ReportSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report holds the whole comparison, and what it writes is what docs/comparison.schema.json describes. */
class JsonReportWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;
  private static final JsonReportWriter WRITER = new JsonReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE));

  @BeforeAll
  static void loadSchema() throws Exception {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("..", "docs", "comparison.schema.json")));
  }

  private static JsonNode valid(String json) throws Exception {
    JsonNode node = MAPPER.readTree(json);
    List<Error> errors = schema.validate(node);
    assertEquals(List.of(), errors);
    return node;
  }

  @Test
  void aFormattingChangeIsAnEditOfItsOwnKind() throws Exception {
    // make_formatted.py: Rev.2 puts "Basin" and "two" in italics and takes the bold off "free of charge"
    Comparison comparison = dev.redline.Redline.compare(
        dev.redline.read.DraftReaders.read(dev.redline.fixtures.Fixtures.draft("formatted", "rev1.docx")),
        dev.redline.read.DraftReaders.read(dev.redline.fixtures.Fixtures.draft("formatted", "rev2.docx")));
    JsonNode root = valid(WRITER.write(comparison, Optional.empty()));
    assertEquals(3, root.get("statistics").get("changes").get("formatting").get("edits").asInt());
    String text = root.toString();
    assertTrue(text.contains("{\"kind\":\"formatting\",\"old\":\"Basin\","), "the term put in italics: " + text);
    assertTrue(text.contains("\"text\":\"Basin\",\"formatting\":\"italic added\""), "what changed, on the run");
    assertTrue(text.contains("\"text\":\"free of charge\",\"formatting\":\"bold removed\""), "what changed, on the run");
  }

  @Test
  void aComparisonWithItsTrackerIsValidAndComplete() throws Exception {
    Comparison comparison = ReportInputs.comparison("rev2", "rev3");
    JsonNode root = valid(WRITER.write(comparison, Optional.of(ReportInputs.tracker("rev2", "rev3"))));

    assertEquals("comparison", root.get("kind").asText());
    assertEquals("2024-06-14T09:30:00Z", root.get("made").asText());
    assertEquals("A/AC.900/4/Rev.3", root.get("newDraft").get("symbol").asText());
    assertEquals(51, root.get("statistics").get("links").get("renumbered").asInt());
    assertEquals(comparison.parts().size(), root.get("parts").size());
    JsonNode liability = null;
    for (JsonNode part : root.get("parts")) {
      if (part.get("type").asText().equals("article") && part.get("new").isObject()
          && part.get("new").get("title").asText().equals("Liability of legal persons")) {
        liability = part;
      }
    }
    assertEquals("17", liability.get("old").get("number").asText());
    assertEquals("18", liability.get("new").get("number").asText());
    assertEquals("Was Article 17 in Rev.2.", liability.get("note").asText());
    JsonNode link = root.get("links").get(liability.get("link").asInt());
    assertEquals("[\"renumbered\",\"modified\"]", link.get("kinds").toString());
    assertEquals("art17", liability.get("old").get("id").asText());
    assertEquals("art18", liability.get("new").get("id").asText());
    assertEquals("[\"art17\"]", link.get("oldIds").toString());
    assertEquals("art17.1", liability.get("clauses").get(0).get("oldId").asText());
    assertEquals("art18.1", liability.get("clauses").get(0).get("newId").asText());
    assertTrue(liability.get("clauses").get(0).get("edits").toString().contains("\"old\":\"intentional\""), "the word struck from 18.1");
    assertFalse(root.get("moves").isEmpty(), "moved clauses are listed");
    JsonNode d2 = null;
    for (JsonNode demand : root.get("tracker").get("demands")) {
      if (demand.get("id").asText().equals("D2")) {
        d2 = demand;
      }
    }
    assertEquals("ADOPTED", d2.get("findings").get(0).get("status").asText(), "D2 in Rev.2");
    assertEquals("REVERSED", d2.get("findings").get(1).get("status").asText(), "D2 in Rev.3");
  }

  @Test
  void aComparisonWithoutTrackerAndAHistoryAreValid() throws Exception {
    JsonNode pair = valid(WRITER.write(ReportInputs.comparison("rev1", "rev2"), Optional.empty()));
    assertFalse(pair.has("tracker"));
    assertEquals(1, pair.get("statistics").get("links").get("split").asInt());

    JsonNode history = valid(WRITER.write(
        ReportInputs.history("rev1", "rev2", "rev3"), ReportInputs.steps("rev1", "rev2", "rev3"), Optional.of(ReportInputs.tracker("rev1", "rev2", "rev3"))));
    assertEquals("history", history.get("kind").asText());
    assertEquals(3, history.get("drafts").size());
    assertEquals(2, history.get("steps").size());
    JsonNode merged = null;
    for (JsonNode row : history.get("concordance")) {
      if (row.get("title").asText().equals("Freezing, seizure and confiscation of proceeds of crime")) {
        merged = row;
      }
    }
    assertEquals("[[\"31\",\"32\"],[\"30\"],[\"31\"]]", merged.get("numbers").toString());
  }

  @Test
  void theSchemaRejectsWhatRedlineWouldNeverWrite() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(WRITER.write(ReportInputs.comparison("rev2", "rev3"), Optional.empty()));
    root.remove("statistics");
    assertFalse(schema.validate(root).isEmpty(), "statistics are required");
    ObjectNode other = (ObjectNode) MAPPER.readTree(WRITER.write(ReportInputs.comparison("rev2", "rev3"), Optional.empty()));
    ((ObjectNode) other.get("title")).put("status", "rewritten");
    assertFalse(schema.validate(other).isEmpty(), "an unknown status");
  }
}
