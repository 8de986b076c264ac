package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.demands.DemandsFile;
import dev.redline.fixtures.WithinLimits;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import dev.redline.report.flow.FlowDiagramWriter;
import dev.redline.report.tracker.TrackerWriter;
import dev.redline.report.tracker.TrackerXlsxWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Reports made from hostile text cannot attack their reader: a demand titled like a formula opens
 * as text in a spreadsheet, characters XML forbids do not break the SVG, and a cell longer than
 * Excel holds is cut with a mark. Each keeps less than {@link WithinLimits#HEAP_CEILING} of heap
 * alive and ends within a minute (a hang detector).
 */
@ExtendWith(WithinLimits.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileTextTest {
  @TempDir static Path dir;
  private static History history;
  private static Tracker tracker;

  @BeforeAll
  static void read() throws Exception {
    String draft = "Draft rules\n\nArticle 1. Scope\u0001\u000b of \u001b]0;pwned\u0007 things\n\n1. These rules apply.\n\n"
        + "Article 2. Records\n\n1. Each party shall keep records.\n";
    Path one = Files.writeString(dir.resolve("one.txt"), draft);
    Path two = Files.writeString(dir.resolve("two.txt"), draft.replace("keep records", "keep full records"));
    history = Redline.history(List.of(DraftReaders.read(one), DraftReaders.read(two)));
    String[] titles = {"=HYPERLINK(\"http://x.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\ttab", "\rreturn", "line\rbreak", "x".repeat(40_000)};
    StringBuilder demands = new StringBuilder("redline-demands: 1\ndemands:\n");
    for (int i = 0; i < titles.length; i++) {
      demands.append("  - id: D").append(i).append("\n    title: \"").append(titles[i].replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("\t", "\\t").replace("\r", "\\r")).append("\"\n    topic: [records]\n    check: {changed: true}\n");
    }
    tracker = Redline.check(history, DemandsFile.read(Files.writeString(dir.resolve("demands.yaml"), demands)));
  }

  @Test
  void csvCellsThatLookLikeFormulasAreText() {
    String csv = TrackerWriter.csv(tracker);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""), csv.substring(0, 400));
    for (String cell : List.of("\"'+1+1\"", "\"'-2+3\"", "\"'@SUM(A1)\"", "\"'\ttab\"", "\"'\rreturn\"", "\"line\rbreak\"")) {
      assertTrue(csv.contains("," + cell + ","), cell);
    }
    for (String line : csv.split("\r\n")) {
      for (String cell : line.split(",")) {
        assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "no cell starts a formula: " + cell);
      }
    }
  }

  @Test
  void theSvgParsesWhateverTheTitlesHold() throws Exception {
    String svg = FlowDiagramWriter.write(history);
    var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertEquals("svg", document.getDocumentElement().getNodeName());
    assertTrue(svg.contains("Scope of ]0;pwned things"), "the title is kept, its control characters dropped");
  }

  @Test
  void aCellLongerThanExcelHoldsIsCutWithAMark() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrackerXlsxWriter.write(tracker, out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      String title = book.getSheet("Demands").getRow(8).getCell(1).getStringCellValue();
      assertEquals(32_767, title.length());
      assertTrue(title.startsWith("xxxx") && title.endsWith(" [… cut here: the text was 40000 characters long]"), title.substring(32_700));
    }
  }
}
