package dev.redline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.GroundTruth;
import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.LinkKind;
import dev.redline.read.DraftReaders;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A French bill between two readings ({@code fixtures/drafts/navette}): articles inserted as
 * {@code 11 nonies} to {@code 11 quaterdecies} and {@code 11 ter A}, {@code 24 B}, stage markers,
 * and the hand-written truth of which article became which.
 */
class NavetteTest {
  private static Draft read(String name) throws Exception {
    return DraftReaders.read(Fixtures.draft("navette", name));
  }

  @Test
  void everyArticleIsReadWithItsOwnNumber() throws Exception {
    assertEquals(
        List.of("1er", "1er bis", "2", "3", "4", "11", "11 bis", "11 ter", "11 quater", "11 quinquies", "11 sexies", "11 septies",
            "11 octies", "11 nonies", "11 decies", "24", "25"),
        read("commission.txt").articles().stream().map(Article::number).toList());
    Draft seance = read("seance.txt");
    assertEquals(
        List.of("1er", "1er bis A", "1er bis", "2", "3", "11 A", "11", "11 bis", "11 ter A", "11 ter", "11 sexies", "11 septies",
            "11 octies", "11 nonies", "11 decies", "11 undecies", "11 duodecies", "11 terdecies", "11 quaterdecies", "24 A", "24 B",
            "24", "25"),
        seance.articles().stream().map(Article::number).toList());
    assertTrue(seance.articles().stream().allMatch(a -> a.title().isEmpty()), "a letter or a marker is never a title");
    assertTrue(
        seance.warnings().stream().noneMatch(w -> w.contains("more than once") || w.contains("outside any article")),
        String.join("\n", seance.warnings()));
  }

  @Test
  void alignsExactlyAsTheTruthSays() throws Exception {
    GroundTruth truth = Fixtures.alignmentTruths("navette").get(0);
    Alignment alignment = new Aligner().align(read(truth.oldDraft() + ".txt"), read(truth.newDraft() + ".txt"));
    assertEquals(
        truth.links().stream().map(GroundTruth.Link::toString).sorted().toList(),
        alignment.links().stream().map(ArticleLink::toString).sorted().toList());
  }

  @Test
  void anArticleNotModifiedComparesAsUnchangedAndADeletedOneAsDeleted() throws Exception {
    Comparison comparison = Redline.compare(read("commission.txt"), read("seance.txt"));
    ArticleChange two =
        comparison.articles().stream().filter(c -> c.newArticle().map(a -> a.number().equals("2")).orElse(false)).findFirst().orElseThrow();
    assertFalse(two.isChanged(), "Article 2 (Non modifié) keeps the committee's text");
    assertEquals(
        List.of("Le maire tient un registre des ponts de la commune. Le registre indique pour chaque pont son âge, son matériau et son état."),
        two.clauses().stream().map(c -> c.clause().text()).toList(),
        "the committee's text stands in the comparison");
    assertTrue(two.link().reason().contains("marked not modified"), two.link().reason());
    assertEquals(3, comparison.statistics().count(LinkKind.DELETED));
    assertEquals(8, comparison.statistics().count(LinkKind.UNCHANGED));
  }
}
