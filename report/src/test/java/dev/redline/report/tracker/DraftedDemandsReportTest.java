package dev.redline.report.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandDrafter;
import dev.redline.demands.DemandsFile;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Demand;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import dev.redline.read.LetterReaders;
import dev.redline.report.ReportFormat;
import dev.redline.report.ReportWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Demands drafted from a letter and not yet reviewed are shown apart from reviewed ones: on their
 * own sheet of the spreadsheet, in their own table of the web page, and marked where an article
 * quotes them.
 */
class DraftedDemandsReportTest {
  private static History history;
  private static Tracker tracker;
  private static List<String> draftedIds;

  @BeforeAll
  static void check() throws Exception {
    Draft rev2 = DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt"));
    Draft rev3 = DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"));
    history = Histories.of(List.of(rev2, rev3), new Aligner());
    DemandsFile reviewed = DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml"));
    List<Demand> all = new ArrayList<>(reviewed.demands());
    draftedIds = new ArrayList<>();
    for (var d : new DemandDrafter().draft(LetterReaders.read(Fixtures.root().resolve("letters/coalition-submission.txt")), Optional.of(rev3))) {
      Demand x = d.demand();
      Demand renamed = new Demand("L" + x.id(), x.title(), x.source(), x.numbering(), x.targets(), x.check(), x.position(), true);
      all.add(renamed);
      draftedIds.add(renamed.id());
    }
    tracker = new DemandChecker().check(history, new DemandsFile(reviewed.file(), all));
  }

  @Test
  void theSpreadsheetPutsDraftedDemandsOnTheirOwnSheet() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrackerXlsxWriter.write(tracker, out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet reviewed = book.getSheet("Demands");
      XSSFSheet drafted = book.getSheet("Drafted, to review");
      assertEquals(1 + 18, reviewed.getPhysicalNumberOfRows());
      assertEquals(1 + draftedIds.size(), drafted.getPhysicalNumberOfRows());
      assertEquals(draftedIds.get(0), drafted.getRow(1).getCell(0).getStringCellValue());
      assertEquals("Rev.3", drafted.getRow(0).getCell(5).getStringCellValue());
      for (int r = 1; r < reviewed.getPhysicalNumberOfRows(); r++) {
        assertFalse(draftedIds.contains(reviewed.getRow(r).getCell(0).getStringCellValue()));
      }
    }
  }

  @Test
  void theWebPageShowsDraftedDemandsInATableOfTheirOwn() throws Exception {
    var comparison = history.steps().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.builder(ReportFormat.HTML).build().write(comparison, Optional.of(tracker), out);
    String html = out.toString(StandardCharsets.UTF_8);
    int split = html.indexOf("Drafted from a letter, not yet reviewed</h3>");
    assertTrue(split > 0, "a heading for the drafted demands");
    String before = html.substring(html.indexOf("<section id=\"demands\">"), split);
    String after = html.substring(split, html.indexOf("</section>", split));
    assertTrue(before.contains("<td>D2</td>") && !before.contains("<td>" + draftedIds.get(0) + "</td>"), "reviewed first, alone");
    assertTrue(after.contains("<td>" + draftedIds.get(0) + "</td>") && !after.contains("<td>D2</td>"), "then the drafted ones");
    assertTrue(html.contains("(drafted from a letter, not yet reviewed)"), "marked where an article quotes a drafted demand");
  }

  @Test
  void theMarkdownSummaryListsDraftedDemandsUnderTheirOwnHeading() throws Exception {
    var comparison = history.steps().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.builder(ReportFormat.MD).build().write(comparison, Optional.of(tracker), out);
    String md = out.toString(StandardCharsets.UTF_8);
    int split = md.indexOf("### Drafted from a letter, not yet reviewed");
    assertTrue(split > md.indexOf("## Demands"), md);
    assertTrue(md.substring(md.indexOf("## Demands"), split).contains("| D2 |"), "reviewed demands first");
    assertTrue(md.substring(split).contains("| " + draftedIds.get(0) + " |"), "drafted demands after the heading");
    assertFalse(md.substring(split).contains("| D2 |"));
  }
}
