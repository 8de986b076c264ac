package dev.redline.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.ArticleChange;
import dev.redline.model.Comparison;
import dev.redline.read.DraftReaders;
import org.junit.jupiter.api.Test;

/** The sentences a report puts on an article's heading, on the French bill between two readings. */
class ArticleNotesTest {
  @Test
  void anArticleMarkedNotModifiedSaysWhoseTextStands() throws Exception {
    Comparison comparison =
        Redline.compare(DraftReaders.read(Fixtures.draft("navette", "commission.txt")), DraftReaders.read(Fixtures.draft("navette", "seance.txt")));
    assertEquals("Marked not modified in seance, with no text: the text of commission stands.", note(comparison, "2"));
    assertEquals("", note(comparison, "11 sexies"), "printed again, unchanged: nothing to say");
    assertEquals("New in seance.", note(comparison, "11 quaterdecies"));
  }

  private static String note(Comparison comparison, String newNumber) {
    ArticleChange change =
        comparison.articles().stream()
            .filter(c -> c.newArticle().map(a -> a.number().equals(newNumber)).orElse(false))
            .findFirst()
            .orElseThrow();
    return ArticleNotes.of(change, comparison);
  }
}
