package dev.redline.report.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.History;
import dev.redline.read.DraftReaders;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConcordanceWriterTest {
  private static History history;

  @BeforeAll
  static void build() throws Exception {
    history =
        Histories.of(
            List.of(
                DraftReaders.read(Fixtures.draft("cybercrime", "rev1.txt")),
                DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")),
                DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))),
            new Aligner());
  }

  @Test
  void jsonHasEveryDraftAndRowWithNumbersPerDraft() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ConcordanceWriter.write(history, ConcordanceWriter.Format.JSON));
    assertEquals(3, root.get("drafts").size());
    assertEquals("A/AC.900/4/Rev.3", root.get("drafts").get(2).get("symbol").asText());
    assertEquals(56, root.get("rows").size());
    JsonNode merged = null;
    for (JsonNode row : root.get("rows")) {
      if (row.get("title").asText().equals("Freezing, seizure and confiscation of proceeds of crime")) {
        merged = row;
      }
    }
    assertEquals("[[\"31\",\"32\"],[\"30\"],[\"31\"]]", merged.get("numbers").toString());
    // CHANGES.md: Rev.2 article 30 -> Rev.3 article 31 changes only in cross-reference numbers.
    assertEquals("[\"merged\",\"renumbered references updated\"]", merged.get("changes").toString());
  }

  @Test
  void csvQuotesCellsWithCommas() {
    String csv = ConcordanceWriter.write(history, ConcordanceWriter.Format.CSV);
    List<String> lines = csv.lines().toList();
    assertEquals("Rev.1,Rev.2,Rev.3,Title,Rev.1 to Rev.2,Rev.2 to Rev.3", lines.get(0));
    assertTrue(lines.contains("\"31, 32\",30,31,\"Freezing, seizure and confiscation of proceeds of crime\",merged,renumbered references updated"), csv);
    assertEquals(57, lines.size());
  }

  @Test
  void markdownMarksAbsenceWithADash() {
    String md = ConcordanceWriter.write(history, ConcordanceWriter.Format.MD);
    assertTrue(md.contains("| 13 | \u2014 | \u2014 | Dissemination of false information | deleted | \u2014 |"), md);
  }

  @Test
  void theSameHistoryGivesTheSameText() {
    for (ConcordanceWriter.Format f : ConcordanceWriter.Format.values()) {
      assertEquals(ConcordanceWriter.write(history, f), ConcordanceWriter.write(history, f));
    }
  }
}
