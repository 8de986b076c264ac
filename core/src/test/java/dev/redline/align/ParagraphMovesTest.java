package dev.redline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Alignment;
import dev.redline.model.ParagraphMove;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paragraph that goes from one article to another is a move, not a deletion and an insertion. */
class ParagraphMovesTest {
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
    Alignment alignment = new Aligner().align(old, changed);
    assertEquals(List.of("2.2 -> 4.2"), alignment.paragraphMoves().stream().map(ParagraphMove::toString).toList());
    ParagraphMove move = alignment.paragraphMoves().get(0);
    assertEquals("Records", move.fromArticle().title());
    assertEquals("Cooperation", move.toArticle().title());
  }

  @Test
  void theFixturePairsMoveNoParagraphBetweenArticles() throws Exception {
    for (String[] pair : new String[][] {{"rev1.txt", "rev2.txt"}, {"rev2.txt", "rev3.txt"}}) {
      Alignment alignment =
          new Aligner()
              .align(
                  DraftReaders.read(Fixtures.draft("cybercrime", pair[0])),
                  DraftReaders.read(Fixtures.draft("cybercrime", pair[1])));
      assertEquals(List.of(), alignment.paragraphMoves().stream().map(ParagraphMove::toString).toList(), pair[0] + " -> " + pair[1]);
    }
  }
}
