package dev.redline.report.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline a user reads to check what Redline recognised, and the JSON a program reads. */
class OutlineWriterTest {
  private static Draft rev3() throws Exception {
    return DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"));
  }

  @Test
  void theOutlineListsHeaderDivisionsArticlesAndCounts() throws Exception {
    List<String> lines = OutlineWriter.write(rev3(), OutlineWriter.Format.TEXT).lines().toList();
    assertEquals("Title:     Draft convention on preventing and combating the criminal misuse of information and"
        + " communications technologies", lines.get(0));
    assertEquals("Symbol:    A/AC.900/4/Rev.3", lines.get(1));
    assertEquals("Revision:  Rev.3", lines.get(2));
    assertEquals("Date:      14 June 2024", lines.get(3));
    int chapter = lines.indexOf("Chapter V. International cooperation");
    assertTrue(chapter > 0, String.join("\n", lines));
    assertTrue(lines.contains("  Article 18. Liability of legal persons: 4 clauses, 1 footnote"), String.join("\n", lines));
    assertEquals("  Article 35. General principles of international cooperation: 3 clauses", lines.get(chapter + 1));
    assertEquals(List.of("55 articles, 9 divisions, 3 footnotes", "No warnings."), lines.subList(lines.size() - 2, lines.size()));
  }

  @Test
  void warningsCloseTheOutline() throws Exception {
    Draft d = rev3();
    Draft warned = new Draft(d.source(), d.title(), d.revision(), d.symbol(), d.date(), d.preamble(), d.divisions(),
        d.articles(), List.of("rev3.pdf: page 4 is set in two columns; check that its text reads in order"));
    String text = OutlineWriter.write(warned, OutlineWriter.Format.TEXT);
    assertTrue(text.endsWith("1 warning:\n  rev3.pdf: page 4 is set in two columns; check that its text reads in order\n"), text);
  }

  @Test
  void jsonHoldsTheWholeStructure() throws Exception {
    JsonNode root = new ObjectMapper().readTree(OutlineWriter.write(rev3(), OutlineWriter.Format.JSON));
    assertEquals("Rev.3", root.get("revision").asText());
    assertEquals(55, root.get("articles").size());
    assertEquals(9, root.get("divisions").size());
    JsonNode article18 = root.get("articles").get(17);
    assertEquals("18", article18.get("number").asText());
    assertEquals("Chapter II", article18.get("divisions").get(0).asText());
    JsonNode paragraph = article18.get("clauses").get(0);
    assertEquals("18.1", paragraph.get("path").asText());
    assertEquals("paragraph", paragraph.get("kind").asText());
    assertEquals("2", paragraph.get("footnotes").get(0).asText());
    assertTrue(article18.get("footnotes").get(0).get("text").asText().startsWith("The term \"legal persons\""));
    assertTrue(paragraph.get("provenance").get("line").asInt() > 0);
    assertEquals(0, root.get("warnings").size());
  }

  @Test
  void stageMarkersShowBesideTheHeading() throws Exception {
    Draft seance = DraftReaders.read(Fixtures.draft("navette", "seance.txt"));
    List<String> lines = OutlineWriter.write(seance, OutlineWriter.Format.TEXT).lines().toList();
    assertTrue(lines.contains("  Article 2 (not modified): 0 clauses"), String.join("\n", lines));
    assertTrue(lines.contains("  Article 11 ter A (new): 1 clause"), String.join("\n", lines));
    assertTrue(lines.contains("  Article 11 sexies: 1 clause"), String.join("\n", lines));
    JsonNode root = new ObjectMapper().readTree(OutlineWriter.write(seance, OutlineWriter.Format.JSON));
    assertEquals("not_modified", root.get("articles").get(0).get("marker").asText());
    assertTrue(root.get("articles").get(2).get("marker") == null, "Article 1er bis has no marker");
  }
}
