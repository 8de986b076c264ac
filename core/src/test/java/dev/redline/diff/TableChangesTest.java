package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.ArticleChange;
import dev.redline.model.ChangeStatus;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Segment;
import dev.redline.read.DraftReaders;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tables of two Word drafts (fixtures/drafts/tables, written by make_tables.py): rows are
 * paired by their content, a row in one draft only is inserted or deleted with its cells, and the
 * cells of paired rows are diffed word by word.
 */
class TableChangesTest {
  private static Comparison comparison() throws Exception {
    return Redline.compare(
        DraftReaders.read(Fixtures.draft("tables", "rev1.docx")), DraftReaders.read(Fixtures.draft("tables", "rev2.docx")));
  }

  private static ArticleChange article(Comparison c, String newNumber) {
    return c.articles().stream()
        .filter(a -> a.newArticle().filter(n -> n.number().equals(newNumber)).isPresent())
        .findFirst()
        .orElseThrow();
  }

  /** Each change as "old path > new path: status words", a side missing shown as "-". */
  private static List<String> shown(List<ClauseChange> changes) {
    return changes.stream()
        .map(c -> c.oldClause().map(x -> x.path().toString()).orElse("-") + " > " + c.newClause().map(x -> x.path().toString()).orElse("-") + ": "
            + c.text().status() + changed(c))
        .toList();
  }

  private static String changed(ClauseChange c) {
    String words = c.text().segments().stream()
        .filter(s -> s.op() != Segment.Op.EQUAL)
        .map(s -> (s.op() == Segment.Op.INSERT ? "+" : "-") + s.text().strip())
        .collect(Collectors.joining(" "));
    return words.isEmpty() ? "" : " " + words;
  }

  @Test
  void rowsArePairedByContentAndEachRowAndTableSaysWhatHappenedInside() throws Exception {
    // make_tables.py, Article 1: Station's meaning gains words, the row Survey is deleted and Record
    // inserted; the header, Gauge and Operator rows are as they were, so the table is modified.
    assertEquals(
        List.of(
            "1.p1 > 1.p1: UNCHANGED",
            "1.t1 > 1.t1: MODIFIED",
            "1.t1.r1 > 1.t1.r1: UNCHANGED",
            "1.t1.r1.c1 > 1.t1.r1.c1: UNCHANGED",
            "1.t1.r1.c2 > 1.t1.r1.c2: UNCHANGED",
            "1.t1.r2 > 1.t1.r2: UNCHANGED",
            "1.t1.r2.c1 > 1.t1.r2.c1: UNCHANGED",
            "1.t1.r2.c2 > 1.t1.r2.c2: UNCHANGED",
            "1.t1.r3 > 1.t1.r3: MODIFIED",
            "1.t1.r3.c1 > 1.t1.r3.c1: UNCHANGED",
            "1.t1.r3.c2 > 1.t1.r3.c2: MODIFIED +and read every day",
            "1.t1.r4 > -: DELETED",
            "1.t1.r4.c1 > -: DELETED -Survey",
            "1.t1.r4.c2 > -: DELETED -a count of the gauges made once a year",
            "- > 1.t1.r4: INSERTED",
            "- > 1.t1.r4.c1: INSERTED +Record",
            "- > 1.t1.r4.c2: INSERTED +the readings of a station kept for ten years",
            "1.t1.r5 > 1.t1.r5: UNCHANGED",
            "1.t1.r5.c1 > 1.t1.r5.c1: UNCHANGED",
            "1.t1.r5.c2 > 1.t1.r5.c2: UNCHANGED"),
        shown(article(comparison(), "1").clauses()));
  }

  @Test
  void aRowWhoseCellIsRewrittenStaysOneRowAndANewTableIsInsertedWhole() throws Exception {
    Comparison c = comparison();
    List<String> reports = shown(article(c, "2").clauses());
    ClauseChange flood = article(c, "2").clauses().get(10);
    assertEquals("2.t1.r3.c2", flood.newClause().orElseThrow().path().toString());
    assertEquals(ChangeStatus.MODIFIED, flood.text().status(), "seven days of the flood -> five days of the peak of the flood");
    assertEquals(1, flood.text().wordsDeleted());
    assertEquals(4, flood.text().wordsInserted());
    assertEquals(List.of("2.t1 > 2.t1: MODIFIED", "2.t1.r1 > 2.t1.r1: UNCHANGED"), reports.subList(1, 3));
    assertEquals("2.t1.r3 > 2.t1.r3: MODIFIED", reports.get(8), "the row of the rewritten cell");
    assertEquals(List.of("- > 2.t1.r4: INSERTED", "- > 2.t1.r4.c1: INSERTED +Drought report",
        "- > 2.t1.r4.c2: INSERTED +within a month of the end of the drought"), reports.subList(11, 14));
    List<String> stations = shown(article(c, "3").clauses());
    assertEquals(List.of("- > 3.p1: INSERTED +The stations of the Parties are:", "- > 3.t1: INSERTED", "- > 3.t1.r1: INSERTED",
        "- > 3.t1.r1.c1: INSERTED +Party"), stations.subList(0, 4));
    assertEquals(11, stations.size(), "the text, the table, 3 rows and 6 cells");
  }

  @Test
  void theCountsAreTheCellsOnes() throws Exception {
    // Article 1: a cell modified, two deleted, two inserted; Article 2: one modified, two inserted;
    // Article 3: its text and six cells inserted. Rows and tables hold no text of their own: they are
    // counted through their cells, so that a cell changed counts once.
    Comparison c = comparison();
    assertEquals(5 + 3 + 7, c.statistics().clausesChanged());
    // words deleted: the row Survey (1 + 9), seven (1), and the numbering edit of the heading "Article 3", now "Article 4":
    // "3" (1), the word "Article" being in both
    assertEquals(10 + 1 + 1, c.statistics().wordsDeleted());
  }
}
