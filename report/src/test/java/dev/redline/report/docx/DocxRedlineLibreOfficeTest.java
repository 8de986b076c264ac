package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandsFile;
import dev.redline.diff.ClauseDiffer;
import dev.redline.diff.DraftText;
import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.Office;
import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseMove;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.LinkKind;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Word redline opened in a real office suite: LibreOffice accepts every tracked change and the
 * text is the new draft's; it rejects every change and the text is the old draft's; moved text is
 * there once after accepting; and the comments are where they belong. What is not draft text (the
 * "Redline note" paragraphs and the cover's tables) is left out of the comparison.
 */
class DocxRedlineLibreOfficeTest {
  @TempDir Path dir;

  @BeforeAll
  static void libreOfficeIsInstalled() {
    String reason = Office.unavailableReason();
    assertEquals("", reason, "LibreOffice is needed for this test (run .ci/install-test-tools): " + reason);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"rev1.txt, rev2.txt", "rev2.txt, rev3.txt", "rev1.txt, rev3.txt"})
  void acceptAllGivesTheNewDraftAndRejectAllTheOld(String oldFile, String newFile) throws Exception {
    Draft oldDraft = DraftReaders.read(Fixtures.draft("cybercrime", oldFile));
    Draft newDraft = DraftReaders.read(Fixtures.draft("cybercrime", newFile));
    History history = Histories.of(List.of(oldDraft, newDraft), new Aligner());
    Comparison comparison = history.steps().get(0);
    Optional<Tracker> tracker = newDraft.revision().equals("Rev.3")
        ? Optional.of(new DemandChecker().check(history, DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml"))))
        : Optional.empty();
    Path docx = dir.resolve("redline.docx");
    DocxRedlineWriter.builder().author("Test Author").date(ZonedDateTime.parse("2024-06-14T09:30:00Z")).build()
        .write(comparison, tracker, docx);

    Office.Result office = Office.acceptAndReject(docx);

    assertTrue(office.trackedChanges() > 50, "tracked changes seen by LibreOffice: " + office.trackedChanges());
    assertEquals(0, office.leftAfterAccept());
    assertEquals(0, office.leftAfterReject());
    List<String> accepted = text(office.accepted());
    assertLines(withoutNotes(newDraft), accepted, "after accepting all");
    assertLines(withoutNotes(oldDraft), text(office.rejected()), "after rejecting all");
    assertFalse(notes(newDraft).isEmpty() || notes(oldDraft).isEmpty(), "the fixture drafts have footnotes");
    assertEquals(notes(newDraft), notes(office.acceptedNotes()), "real Word footnotes after accepting all");
    assertEquals(notes(oldDraft), notes(office.rejectedNotes()), "real Word footnotes after rejecting all");
    assertEquals(
        newDraft.articles().stream().map(Article::heading).toList(),
        office.accepted().stream().filter(p -> p.style().equals("Heading 2")).map(Office.Paragraph::text).toList(),
        "every article of the new draft is a Heading 2, for the navigation pane");

    List<ClauseMove> moves = moves(comparison);
    assertFalse(moves.isEmpty(), "the fixture pair has moved clauses");
    for (ClauseMove move : moves) {
      String moved = DraftText.shown(move.newClause().lineContent().parts());
      assertEquals(count(DraftText.lines(newDraft), moved), count(accepted, moved), "moved text once after accepting: " + moved);
      assertTrue(
          office.comments().stream().anyMatch(c -> c.text().startsWith("Moved from " + move.oldClause().path() + " in " + oldDraft.revision())
              && c.anchor().equals(moved)),
          "a comment on the moved clause where it went: " + move.newClause().path());
      assertTrue(
          office.comments().stream().anyMatch(c -> c.text().equals("Moved to " + move.newClause().path() + " in " + newDraft.revision() + ".")
              && c.paragraph().equals(DraftText.shown(move.oldClause().lineContent().parts()))),
          "a comment on the moved clause where it stood: " + move.oldClause().path());
    }
    for (ArticleChange article : comparison.articles()) {
      if (article.link().is(LinkKind.RENUMBERED) && article.oldArticle().isPresent() && article.newArticle().isPresent()) {
        String was = "Was Article " + article.oldArticle().get().number() + " in " + oldDraft.revision() + ".";
        String title = article.newArticle().get().title();
        assertTrue(
            office.comments().stream().anyMatch(c -> c.text().contains(was) && c.anchor().endsWith(title)),
            "a comment on the heading of renumbered " + article.newArticle().get().heading());
      }
    }
    if (tracker.isPresent()) {
      Office.Comment d2 = office.comments().stream().filter(c -> c.text().startsWith("D2 (Rev.3): ")).findFirst().orElseThrow();
      assertTrue(d2.anchor().contains("legal persons"), "D2 is about liability of legal persons: " + d2.anchor());
    }
  }

  @Test
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

  /** The draft's reading text without its footnote lines, which the redline holds as real footnotes. */
  static List<String> withoutNotes(Draft draft) {
    java.util.Set<String> notes = new java.util.HashSet<>(notes(draft));
    java.util.Set<String> cells = new java.util.HashSet<>(tables(draft).stream().flatMap(List::stream).flatMap(List::stream).toList());
    return DraftText.lines(draft).stream().filter(line -> !notes.contains(line) && !cells.contains(line)).toList();
  }

  /** The draft's tables as a reader sees them: each row's cells' texts, footnote markers as their numbers. */
  static List<List<List<String>>> tables(Draft draft) {
    return draft.articles().stream()
        .flatMap(Article::allClauses)
        .filter(c -> c.kind() == dev.redline.model.ClauseKind.TABLE)
        .map(t -> t.children().stream().map(r -> r.children().stream().map(c -> DraftText.shown(c.content().parts())).toList()).toList())
        .toList();
  }

  /** The tables of the draft in a redline as LibreOffice shows them, the cover's left out. */
  static List<List<List<String>>> draftTables(List<Office.Table> tables) {
    return tables.stream().filter(t -> !t.style().startsWith("Redline")).map(Office.Table::rows).toList();
  }

  /** The draft's footnotes as a reader sees them: number, space, text. */
  static List<String> notes(Draft draft) {
    return draft.articles().stream().flatMap(a -> a.footnotes().stream()).map(DraftText::footnoteLine).toList();
  }

  static List<String> notes(List<Office.Note> notes) {
    return notes.stream().map(n -> n.label() + n.text()).toList();
  }

  @Test
  void notesNotNumberedOneTwoThreeStayParagraphsAndStillRejectToTheOldDraft() throws Exception {
    Draft oldDraft = draft("old.txt", """
        A/AC.9/3/Rev.1

        Rules on notes

        Article 1. Notes

        1. A record is kept[^a] for ten years.

        2. It is then destroyed.

        [^a]: Or its copy.
        """);
    Draft newDraft = draft("new.txt", """
        A/AC.9/3/Rev.2

        Rules on notes

        Article 1. Notes

        1. A record is kept[^a] for twelve years.

        2. It is then destroyed[^b].

        [^a]: Or its certified copy.

        [^b]: Unless a court orders otherwise.
        """);
    Comparison comparison = new ClauseDiffer().compare(new Aligner().align(oldDraft, newDraft));
    Path docx = dir.resolve("notes.docx");
    DocxRedlineWriter.builder().author("Test Author").build().write(comparison, docx);

    Office.Result office = Office.acceptAndReject(docx);

    assertEquals(List.of(), office.acceptedNotes(), "Word would number the notes 1 and 2, not a and b: no real footnotes");
    assertTrue(office.accepted().stream().anyMatch(p -> p.style().equals("Redline footnote") && p.text().equals("b Unless a court orders otherwise.")));
    assertLines(DraftText.lines(newDraft), text(office.accepted()), "after accepting all");
    assertLines(DraftText.lines(oldDraft), text(office.rejected()), "after rejecting all");
  }

  private static List<ClauseMove> moves(Comparison comparison) {
    return comparison.articles().stream()
        .flatMap(a -> a.clauses().stream())
        .filter(ClauseChange::isMoveTarget)
        .map(c -> c.move().orElseThrow())
        .toList();
  }

  private static long count(List<String> lines, String line) {
    return lines.stream().filter(line::equals).count();
  }

  private Draft draft(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    return DraftReaders.read(file);
  }

  /** The draft text: paragraphs in the "Redline note" styles and tables (read as blank) left out. */
  static List<String> text(List<Office.Paragraph> paragraphs) {
    return paragraphs.stream()
        .filter(p -> !p.style().startsWith("Redline note"))
        .map(Office.Paragraph::text)
        .filter(t -> !t.isBlank())
        .toList();
  }

  static void assertLines(List<String> expected, List<String> actual, String when) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), when + ": first difference at paragraph " + (i + 1));
    }
    assertEquals(expected.size(), actual.size(), when + ": paragraphs");
  }
}
