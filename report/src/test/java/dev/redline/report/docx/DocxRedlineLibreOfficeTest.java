package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.diff.ClauseDiffer;
import dev.redline.diff.DraftText;
import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.Office;
import dev.redline.model.Article;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Word redline opened in a real office suite: LibreOffice accepts every tracked change and the
 * text is the new draft's; it rejects every change and the text is the old draft's.
 */
class DocxRedlineLibreOfficeTest {
  private static final String NOTE_STYLE = "Redline note";

  @TempDir Path dir;

  @BeforeAll
  static void libreOfficeIsInstalled() {
    String reason = Office.unavailableReason();
    assertEquals("", reason, "LibreOffice is needed for this test (run .ci/install-test-tools): " + reason);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"rev1.txt, rev2.txt", "rev2.txt, rev3.txt"})
  void acceptAllGivesTheNewDraftAndRejectAllTheOld(String oldFile, String newFile) throws Exception {
    Draft oldDraft = DraftReaders.read(Fixtures.draft("cybercrime", oldFile));
    Draft newDraft = DraftReaders.read(Fixtures.draft("cybercrime", newFile));
    Comparison comparison = new ClauseDiffer().compare(new Aligner().align(oldDraft, newDraft));
    Path docx = dir.resolve("redline.docx");
    DocxRedlineWriter.builder().author("Test Author").build().write(comparison, docx);

    Office.Result office = Office.acceptAndReject(docx);

    assertTrue(office.trackedChanges() > 50, "tracked changes seen by LibreOffice: " + office.trackedChanges());
    assertEquals(0, office.leftAfterAccept());
    assertEquals(0, office.leftAfterReject());
    assertLines(DraftText.lines(newDraft), text(office.accepted()), "after accepting all");
    assertLines(DraftText.lines(oldDraft), text(office.rejected()), "after rejecting all");
    assertEquals(
        newDraft.articles().stream().map(Article::heading).toList(),
        office.accepted().stream().filter(p -> p.style().equals("Heading 2")).map(Office.Paragraph::text).toList(),
        "every article of the new draft is a Heading 2, for the navigation pane");
  }

  @org.junit.jupiter.api.Test
  void differencesOfStyleAndMovedClausesStillRejectToTheOldDraft() throws Exception {
    Draft oldDraft = draft("old.txt", StyleDrafts.OLD);
    Draft newDraft = draft("new.txt", StyleDrafts.NEW);
    Comparison comparison = new ClauseDiffer().compare(new Aligner().align(oldDraft, newDraft));
    Path docx = dir.resolve("style.docx");
    DocxRedlineWriter.builder().author("Test Author").build().write(comparison, docx);

    Office.Result office = Office.acceptAndReject(docx);

    assertEquals(0, office.leftAfterAccept());
    assertEquals(0, office.leftAfterReject());
    assertLines(DraftText.lines(newDraft), text(office.accepted()), "after accepting all");
    assertLines(DraftText.lines(oldDraft), text(office.rejected()), "after rejecting all");
  }

  private Draft draft(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    return DraftReaders.read(file);
  }

  private static List<String> text(List<Office.Paragraph> paragraphs) {
    return paragraphs.stream()
        .filter(p -> !p.style().equals(NOTE_STYLE))
        .map(Office.Paragraph::text)
        .filter(t -> !t.isBlank())
        .toList();
  }

  private static void assertLines(List<String> expected, List<String> actual, String when) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), when + ": first difference at paragraph " + (i + 1));
    }
    assertEquals(expected.size(), actual.size(), when + ": paragraphs");
  }
}
