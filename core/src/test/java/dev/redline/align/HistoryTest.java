package dev.redline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.History;
import dev.redline.model.Lineage;
import dev.redline.read.DraftReaders;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The concordance of the fixture chain Rev.1, Rev.2, Rev.3, checked against rows worked out by hand. */
class HistoryTest {
  private static History history;
  private static List<String> rows;

  @BeforeAll
  static void build() throws Exception {
    history =
        Histories.of(
            List.of(
                DraftReaders.read(Fixtures.draft("cybercrime", "rev1.txt")),
                DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")),
                DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))),
            new Aligner());
    rows = history.lineages().stream().map(HistoryTest::row).toList();
  }

  private static String row(Lineage l) {
    return l.numbers(0) + " | " + l.numbers(1) + " | " + l.numbers(2);
  }

  @Test
  void oneRowPerProvisionOfTheLastDraftPlusOnePerDeletedOne() {
    assertEquals(55 + 1, rows.size());
    assertEquals(2, history.steps().size());
  }

  @Test
  void renumberedArticlesAreFollowedThroughEveryRevision() {
    assertTrue(rows.contains("18 | 17 | 18"), "liability of legal persons");
    assertTrue(rows.contains("1 | 1 | 1"));
    assertEquals("55 | 54 | 55", rows.get(rows.size() - 1));
  }

  @Test
  void insertionsSplitsMergesAndMoves() {
    assertTrue(rows.contains(" |  | 4"), "Article 4 is new in Rev.3");
    assertTrue(rows.contains("25 | 24 | 25"), "first part of the split");
    assertTrue(rows.contains("25 | 25 | 26"), "second part of the split");
    assertTrue(rows.contains("31, 32 | 30 | 31"), "the merge");
    assertTrue(rows.contains("30 | 35 | 36"), "moved to Chapter V");
  }

  @Test
  void aDeletedArticleStandsAfterTheOneBeforeIt() {
    int before = rows.indexOf("12 | 12 | 13");
    assertEquals("13 |  | ", rows.get(before + 1));
  }

  @Test
  void rowsFollowTheLastDraftsOrder() {
    List<String> last =
        history.lineages().stream().map(l -> l.numbers(2)).filter(n -> !n.isEmpty()).toList();
    assertEquals(history.drafts().get(2).articles().stream().map(a -> a.number()).toList(), last);
  }
}
