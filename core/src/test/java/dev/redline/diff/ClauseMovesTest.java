package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ChangeKind;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Edit;
import dev.redline.model.TextChange;
import dev.redline.read.DraftReaders;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clauses that changed places in the fixture drafts are reported as moved, not deleted and
 * inserted: within an article, and between the articles of a split, a merge and a moved article.
 */
class ClauseMovesTest {
  private static Comparison rev1rev2;
  private static Comparison rev2rev3;

  @BeforeAll
  static void compare() throws Exception {
    rev1rev2 = compare("rev1.txt", "rev2.txt");
    rev2rev3 = compare("rev2.txt", "rev3.txt");
  }

  private static Comparison compare(String oldFile, String newFile) throws Exception {
    return new ClauseDiffer()
        .compare(
            new Aligner()
                .align(
                    DraftReaders.read(Fixtures.draft("cybercrime", oldFile)),
                    DraftReaders.read(Fixtures.draft("cybercrime", newFile))));
  }

  /** The moves of a comparison as {@code old path -> new path}, in reading order. */
  private static List<String> moves(Comparison c) {
    return c.articles().stream()
        .flatMap(a -> a.clauses().stream())
        .filter(ClauseChange::isMoveTarget)
        .map(m -> m.move().orElseThrow().oldClause().path() + " -> " + m.clause().path())
        .toList();
  }

  @Test
  void twoParagraphsThatChangedPlacesAreOneMoveAndOneRenumbering() {
    assertEquals(List.of("23.2 -> 24.3"), moves(rev2rev3));
    ArticleChange safeguards = article(rev2rev3, "24");
    List<String> kinds =
        safeguards.clauses().stream()
            .flatMap(c -> c.edits().stream())
            .filter(e -> e.kind() == ChangeKind.NUMBERING)
            .map(Edit::toString)
            .toList();
    assertEquals(List.of("numbering: 3. → 2.", "numbering: 2. → 3."), kinds);
  }

  @Test
  void theParagraphsOfASplitMergedOrMovedArticleMoveWithIt() {
    assertEquals(
        List.of(
            "25.4 -> 25.1", // split: Rev.1 article 25 paragraphs 4 and 5 became Rev.2 article 25
            "25.5 -> 25.2",
            "32.1 -> 30.1", // merged: Rev.1 article 32 went into Rev.2 article 30
            "32.2 -> 30.4",
            "32.3 -> 30.5",
            "30.1 -> 35.1", // moved to another chapter: Rev.1 article 30 is Rev.2 article 35
            "30.2 -> 35.2"),
        moves(rev1rev2));
  }

  @Test
  void aMovedArticlesHeadingIsNotCountedAsWording() {
    ArticleChange to = article(rev1rev2, "35");
    ArticleChange from = movedAwayFrom30();
    assertEquals(List.of(), to.heading().edits());
    assertEquals(List.of(), from.heading().edits());
    assertEquals(List.of(), from.edits(), "what changed in the moved article is counted once, where it went");
    assertTrue(to.count(ChangeKind.SUBSTANTIVE).wordsInserted() > 0, "the words added to its paragraph 1");
  }

  @Test
  void theDifferGivesTheHeadingOfAMovedArticleWhereItWent() {
    // CHANGES.md: Rev.1 article 30 "Protection of personal data" is Rev.2 article 35, title unchanged.
    ArticleChange to = article(rev1rev2, "35");
    ArticleChange from = movedAwayFrom30();
    assertTrue(from.headingMove().isEmpty(), "the heading's edit is given once, where the article went");
    TextChange heading = to.headingMove().orElseThrow();
    assertEquals("Article 30. Protection of personal data", heading.oldText());
    assertEquals("Article 35. Protection of personal data", heading.newText());
    assertEquals(List.of("numbering: 30 → 35"), heading.edits().stream().map(Object::toString).toList());
    assertTrue(to.edits().containsAll(heading.edits()), "and counted with the article's edits");
  }

  @Test
  void eachMoveIsCountedOnceAmongTheChangedClauses() {
    long targets = rev1rev2.articles().stream().flatMap(a -> a.clauses().stream()).filter(ClauseChange::isMoveTarget).count();
    long sources = rev1rev2.articles().stream().flatMap(a -> a.clauses().stream()).filter(ClauseChange::isMoveSource).count();
    assertEquals(targets, sources);
    long otherwiseChanged =
        rev1rev2.articles().stream()
            .flatMap(a -> a.clauses().stream())
            .filter(c -> c.move().isEmpty() && c.text().status() != dev.redline.model.ChangeStatus.UNCHANGED)
            .count();
    assertEquals(otherwiseChanged + targets, rev1rev2.statistics().clausesChanged());
  }

  /** Rev.1's Article 30 where it stood: it moved to Chapter V as Rev.2's Article 35. */
  private static ArticleChange movedAwayFrom30() {
    return rev1rev2.articles().stream()
        .filter(a -> a.newArticle().isEmpty() && a.oldArticle().map(Article::number).equals(Optional.of("30")))
        .findFirst()
        .orElseThrow();
  }

  private static ArticleChange article(Comparison c, String newNumber) {
    return c.articles().stream()
        .filter(a -> a.newArticle().map(Article::number).equals(Optional.of(newNumber)))
        .findFirst()
        .orElseThrow();
  }
}
