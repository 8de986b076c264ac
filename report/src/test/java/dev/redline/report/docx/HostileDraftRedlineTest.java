package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.BadInputs;
import dev.redline.fixtures.Office;
import dev.redline.fixtures.WithinLimits;
import dev.redline.model.Comparison;
import dev.redline.read.DraftReaders;
import dev.redline.report.ReportSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A redline written from a hostile but valid draft (the third round of the bad-input corpus: huge and
 * deeply nested tables, nonsense merged cells, thousands of format toggles, numbering and styles in a
 * loop, a huge or self-relating page header, looping PDF object streams, Markdown tables of a million
 * pipes) opens in LibreOffice, which accepts and rejects every change: accepting gives the hostile
 * draft's words, rejecting the plain old draft's. Each case keeps less than {@link
 * WithinLimits#HEAP_CEILING} of heap alive while it is read, compared and written, and ends within
 * the time limit (a hang detector). Tagged slow: LibreOffice takes seconds over each, and minutes over
 * a paragraph of 10,000 runs, each of which the check reads back through UNO.
 */
@ExtendWith(WithinLimits.class)
@Tag("slow")
class HostileDraftRedlineTest {
  @TempDir static Path dir;

  @BeforeAll
  static void libreOfficeIsInstalled() {
    assertEquals("", Office.unavailableReason(), "LibreOffice is needed for this test (run .ci/install-test-tools)");
  }

  static List<BadInputs.Case> cases() {
    List<BadInputs.Case> cases = BadInputs.readableRoundThree(dir);
    assertTrue(cases.size() >= 10, "the readable cases of the third round: " + cases);
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void theRedlineOpensAndAcceptsAndRejects(BadInputs.Case c) throws Exception {
    check(c);
  }

  private static void check(BadInputs.Case c) throws Exception {
    Path old = Files.writeString(dir.resolve(c + ".old.txt"), "Article 1. Scope\n\nEach party shall keep its records.\n");
    Comparison comparison = Redline.compare(DraftReaders.read(old), DraftReaders.read(c.file()));
    Path docx = dir.resolve(c + ".redline.docx");
    new DocxRedlineWriter(ReportSettings.DEFAULTS.withDate(ZonedDateTime.parse("2025-01-01T00:00:00Z"))).write(comparison, docx);

    Office.Result office = Office.acceptAndReject(docx);

    assertEquals(0, office.leftAfterAccept(), c + ": every change accepted");
    assertEquals(0, office.leftAfterReject(), c + ": every change rejected");
    assertTrue(office.accepted().stream().anyMatch(p -> p.text().equals("Each party shall keep records.")),
        c + ": the hostile draft's first paragraph after accepting all");
    assertTrue(office.rejected().stream().anyMatch(p -> p.text().equals("Each party shall keep its records.")),
        c + ": the old draft's paragraph after rejecting all");
  }
}
