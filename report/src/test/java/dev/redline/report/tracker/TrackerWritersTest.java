package dev.redline.report.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.Redline;
import dev.redline.demands.DemandsFile;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tracker in the files an NGO officer opens: a spreadsheet, CSV and JSON. */
class TrackerWritersTest {
  private static Tracker tracker;

  @BeforeAll
  static void check() throws Exception {
    tracker =
        Redline.check(
                Redline.history(List.of(DraftReaders.read(Fixtures.draft("cybercrime", "rev1.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt")))),
                DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml")));
  }

  @Test
  void spreadsheetHasColouredStatusesFrozenHeaderAndEvidence() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrackerXlsxWriter.write(tracker, out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = book.getSheet("Demands");
      assertEquals(1 + 18, sheet.getPhysicalNumberOfRows());
      assertEquals("Rev.3", sheet.getRow(0).getCell(6).getStringCellValue());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition());
      var d2rev3 = sheet.getRow(3).getCell(6);
      assertEquals("D2", sheet.getRow(3).getCell(0).getStringCellValue());
      assertTrue(d2rev3.getStringCellValue().startsWith("REVERSED\n"), d2rev3.getStringCellValue());
      assertTrue(d2rev3.getStringCellValue().contains("liable for participation in the offences"), "evidence quoted");
      assertEquals(FillPatternType.SOLID_FOREGROUND, d2rev3.getCellStyle().getFillPattern());
      assertEquals(IndexedColors.CORAL.getIndex(), d2rev3.getCellStyle().getFillForegroundColor());
      assertEquals(IndexedColors.LIGHT_GREEN.getIndex(), sheet.getRow(3).getCell(5).getCellStyle().getFillForegroundColor(), "adopted in Rev.2");
    }
  }

  @Test
  void jsonCarriesEveryFindingWithEvidenceLocations() throws Exception {
    JsonNode root = new ObjectMapper().readTree(TrackerWriter.json(tracker));
    assertEquals(18, root.get("demands").size());
    JsonNode d2 = root.get("demands").get(2);
    assertEquals("D2", d2.get("id").asText());
    JsonNode rev2 = d2.get("findings").get(1);
    assertEquals("ADOPTED", rev2.get("status").asText());
    assertEquals("17", rev2.get("evidence").get(0).get("article").asText());
    assertEquals("rev2.txt", rev2.get("evidence").get(0).get("file").asText());
    assertTrue(rev2.get("evidence").get(0).get("line").asInt() > 0);
    // Rev.3 drops "intentional" from 18(1); the references to articles 6 to 16 follow the renumbering.
    JsonNode rev3 = d2.get("findings").get(2).get("evidence").get(0);
    JsonNode change = rev3.get("change");
    assertEquals("modified", change.get("status").asText());
    assertTrue(change.get("old").asText().contains("liable for intentional participation"), change.toString());
    assertTrue(change.get("new").asText().contains("liable for participation"), change.toString());
    assertEquals(List.of("substantive", "consequential", "consequential"), change.get("edits").findValuesAsText("kind"));
    assertTrue(rev3.get("redline").asText().contains("liable for [-intentional -]participation"), rev3.get("redline").asText());
    assertTrue(rev3.get("redline").asText().endsWith("articles [-6-]{+7+} to [-16-]{+17+}."), rev3.get("redline").asText());
    assertFalse(d2.get("findings").get(0).get("evidence").get(0).has("change"), "no change in the first draft");
    assertEquals("", d2.get("findings").get(0).get("evidence").get(0).get("redline").asText());
  }

  @Test
  void csvHasAStatusColumnPerDraft() {
    List<String> lines = TrackerWriter.csv(tracker).lines().toList();
    assertTrue(lines.get(0).startsWith("id,demand,source,targets,check,Rev.1,Rev.2,Rev.3,Rev.1 evidence"), lines.get(0));
    assertTrue(TrackerWriter.csv(tracker).contains(",NOT_ADOPTED,ADOPTED,REVERSED,"));
  }
}
