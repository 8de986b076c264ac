package dev.redline.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.model.Comparison;
import dev.redline.report.ReportInputs;
import dev.redline.report.internal.ReportRows.ArticleRow;
import dev.redline.report.internal.ReportRows.Line;
import dev.redline.report.internal.ReportRows.Mark;
import dev.redline.report.internal.ReportRows.Piece;
import dev.redline.report.internal.ReportRows.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows every format renders, on Rev.2 against Rev.3 of the sample convention (fixtures/drafts/cybercrime/CHANGES.md). */
class ReportRowsTest {
  private static final Comparison REV2_REV3 = ReportInputs.comparison("rev2", "rev3");
  private static final Comparison REV1_REV2 = ReportInputs.comparison("rev1", "rev2");

  @Test
  void theInsertedArticleHasNoOldNumberInTheConcordance() {
    ReportRows.ConcordanceRow row = ReportRows.concordance(REV2_REV3).stream().filter(r -> r.newNumbers().equals("4")).findFirst().orElseThrow();
    assertEquals("\u2014", row.oldNumbers());
    assertEquals("inserted", row.link().kindWords());
  }

  @Test
  void aClauseMovedWithinArticle24ShowsAsMovedAtBothEnds() {
    ArticleRow article24 = article("24");
    Line movedHere = lines(article24).stream().filter(l -> l.shape() == Shape.MOVED_HERE).findFirst().orElseThrow();
    assertTrue(movedHere.moveNote().startsWith("Moved from 23.2 in Rev.2."), movedHere.moveNote());
    assertTrue(movedHere.pieces().stream().allMatch(p -> p.mark() == Mark.MOVED_TO || p.mark() == Mark.INSERTED), movedHere.pieces().toString());
    Line movedAway = lines(article24).stream().filter(l -> l.shape() == Shape.MOVED_AWAY).findFirst().orElseThrow();
    assertEquals("Moved to 24.3 in Rev.3.", movedAway.moveNote());
    assertEquals(List.of(Mark.MOVED_FROM), movedAway.pieces().stream().map(Piece::mark).toList());
  }

  @Test
  void article18LosesTheWordIntentionalAndIsSaidToBeRenumbered() {
    ArticleRow article18 = article("18");
    assertEquals("Was Article 17 in Rev.2.", article18.note());
    assertTrue(article18.matters(), "a substantive edit");
    assertTrue(lines(article18).get(0).pieces().stream().anyMatch(p -> p.mark() == Mark.DELETED && p.text().contains("intentional")));
    for (Line clause : lines(article18)) {
      String oldSide = clause.pieces().stream().filter(p -> p.mark() != Mark.INSERTED).map(Piece::oldText).reduce("", String::concat);
      assertEquals(clause.text().oldText(), oldSide, "the pieces rebuild the old line");
    }
  }

  @Test
  void theArticleMovedToAnotherChapterKeepsItsWordsAsMovedAndItsNewNumberInserted() {
    // CHANGES.md: Rev.1 article 30 "Protection of personal data" is Rev.2 article 35, in another chapter.
    List<Line> headings = ReportRows.draft(REV1_REV2).articles().stream().map(ArticleRow::heading).toList();
    Line away = headings.stream().filter(h -> h.shape() == Shape.MOVED_AWAY).findFirst().orElseThrow();
    Line here = headings.stream().filter(h -> h.shape() == Shape.MOVED_HERE).findFirst().orElseThrow();
    assertEquals("Article 30. Protection of personal data", text(away.pieces()));
    assertEquals("Article 35. Protection of personal data", text(here.pieces()));
    assertEquals(List.of(Mark.MOVED_FROM), away.pieces().stream().map(Piece::mark).distinct().toList());
    String inserted = text(here.pieces().stream().filter(p -> p.mark() == Mark.INSERTED).toList());
    assertEquals("35", inserted.replaceAll("[^0-9A-Za-z]", ""), "only the new number is new where it went");
    assertTrue(here.pieces().stream().allMatch(p -> p.mark() == Mark.INSERTED || p.mark() == Mark.MOVED_TO), here.pieces().toString());
    assertEquals(away.move(), here.move(), "both ends name one move");
    assertTrue(!away.move().isEmpty());
  }

  private static String text(List<Piece> pieces) {
    return pieces.stream().map(Piece::text).reduce("", String::concat);
  }

  private static List<Line> lines(ArticleRow article) {
    return article.clauses().stream().filter(Line.class::isInstance).map(Line.class::cast).toList();
  }

  private static ArticleRow article(String newNumber) {
    return ReportRows.draft(REV2_REV3).articles().stream()
        .filter(a -> a.change().newArticle().map(x -> x.number().equals(newNumber)).orElse(false))
        .findFirst()
        .orElseThrow();
  }
}
