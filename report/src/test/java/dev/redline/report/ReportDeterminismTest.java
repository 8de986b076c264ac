package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandsFile;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import dev.redline.report.docx.DocxRedlineWriter;
import dev.redline.report.html.HtmlReportWriter;
import dev.redline.report.json.JsonReportWriter;
import dev.redline.report.markdown.MarkdownReportWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same drafts compared twice, from reading the files on, with the same date, give byte-identical
 * reports in every format, whatever the time zone of the machine.
 */
class ReportDeterminismTest {
  @TempDir Path dir;

  /** Everything made afresh: read, aligned, compared, checked, written in every format. */
  private List<byte[]> run(String zone) throws Exception {
    TimeZone saved = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try {
      History history = Histories.of(
          List.of(DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))),
          new Aligner());
      Comparison comparison = history.steps().get(0);
      Optional<Tracker> tracker = Optional.of(
          new DemandChecker().check(history, DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml"))));
      List<byte[]> files = new ArrayList<>();
      for (DocxRedlineWriter.Builder docx : List.of(DocxRedlineWriter.builder(), DocxRedlineWriter.builder().printable())) {
        Path target = dir.resolve("redline-" + files.size() + ".docx");
        docx.author("Delegation of Testland").date(ReportInputs.DATE).build().write(comparison, tracker, target);
        files.add(Files.readAllBytes(target));
      }
      files.add(HtmlReportWriter.builder().date(ReportInputs.DATE).build().write(comparison, tracker).getBytes(StandardCharsets.UTF_8));
      files.add(JsonReportWriter.builder().date(ReportInputs.DATE).build().write(comparison, tracker).getBytes(StandardCharsets.UTF_8));
      files.add(MarkdownReportWriter.builder().date(ReportInputs.DATE).build().write(comparison, tracker).getBytes(StandardCharsets.UTF_8));
      return files;
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void theSameComparisonTwiceGivesTheSameBytes() throws Exception {
    List<byte[]> first = run("UTC");
    List<byte[]> second = run("Pacific/Auckland");
    List<String> names = List.of("tracked .docx", "printable .docx", ".html", ".json", ".md");
    for (int i = 0; i < first.size(); i++) {
      assertTrue(first.get(i).length > 1000, names.get(i));
      assertArrayEquals(first.get(i), second.get(i), names.get(i) + " differs between two runs");
    }
  }

  @Test
  void theWordFileCarriesTheGivenDateNotTheClock() throws Exception {
    byte[] docx = run("UTC").get(0);
    List<String> names = new ArrayList<>();
    String core = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        names.add(e.getName());
        assertEquals(LocalDateTime.of(2024, 6, 14, 9, 30), e.getTimeLocal(), e.getName());
        if (e.getName().equals("docProps/core.xml")) {
          core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertEquals("[Content_Types].xml", names.get(0), "the content types come first, as Office writes them");
    assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-06-14T09:30:00Z</dcterms:created>"), core);
    assertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-06-14T09:30:00Z</dcterms:modified>"), core);
  }
}
