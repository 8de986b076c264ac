package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.ParagraphMove;
import dev.redline.read.DraftReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph that goes from one article to another is a move, not a deletion and an insertion;
 * the moves between articles are the differ's own moves, the ones the redline shows, not a second
 * finding with other thresholds.
 */
class MovesBetweenArticlesTest {
  @TempDir Path dir;

  private Draft draft(String name, String text) throws Exception {
    return DraftReaders.read(Files.writeString(dir.resolve(name), text));
  }

  @Test
  void aParagraphMovedToAnotherArticleIsFound() throws Exception {
    Draft old =
        draft(
            "old.txt",
            """
            Article 1. Scope
            1. This instrument applies to requests for assistance between the parties in criminal matters.
            Article 2. Records
            1. The central authority shall register each request on the day it arrives.
            2. Each party shall keep the files of every request for assistance for at least five years after it was closed.
            Article 3. Cooperation
            1. The parties shall help each other as widely as their laws allow in investigations and trials.
            """);
    Draft changed =
        draft(
            "new.txt",
            """
            Article 1. Definitions
            1. For this instrument a central authority is the office a party names to receive requests.
            Article 2. Scope
            1. This instrument applies to requests for assistance between the parties in criminal matters.
            Article 3. Records
            1. The central authority shall register each request on the day it arrives.
            Article 4. Cooperation
            1. The parties shall help each other as widely as their laws allow in investigations and trials.
            2. Each party shall keep the files of every request for assistance for at least five years after it was closed.
            """);
    Comparison comparison = Redline.compare(old, changed);
    List<ParagraphMove> moves = comparison.movesBetweenArticles();
    assertEquals(List.of("2.2 -> 4.2"), moves.stream().map(ParagraphMove::toString).toList());
    assertEquals("Records", moves.get(0).fromArticle().title());
    assertEquals("Cooperation", moves.get(0).toArticle().title());
    // The same move the redline shows: struck where it stood, inserted where it went.
    List<ClauseChange> ends =
        comparison.articles().stream().flatMap(a -> a.clauses().stream()).filter(c -> c.move().isPresent()).toList();
    assertEquals(2, ends.size());
    ends.forEach(c -> assertEquals(moves.get(0).move(), c.move().orElseThrow()));
  }

  @Test
  void theParagraphsOfTheFixturePairsMoveWithTheirArticlesOnly() throws Exception {
    // Rev.1 to Rev.2 moves clauses, but only with their article (a split, a merge, an article
    // moved to another chapter): none leaves its article for an unrelated one.
    for (String[] pair : new String[][] {{"rev1.txt", "rev2.txt"}, {"rev2.txt", "rev3.txt"}}) {
      Comparison comparison =
          Redline.compare(
              DraftReaders.read(Fixtures.draft("cybercrime", pair[0])), DraftReaders.read(Fixtures.draft("cybercrime", pair[1])));
      assertEquals(List.of(), comparison.movesBetweenArticles().stream().map(ParagraphMove::toString).toList(), pair[0] + " -> " + pair[1]);
    }
  }
}
