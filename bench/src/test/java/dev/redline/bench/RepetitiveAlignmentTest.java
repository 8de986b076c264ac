package dev.redline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.model.Article;
import dev.redline.model.Draft;
import dev.redline.model.LinkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aligner on drafts that repeat a block of 48 provisions eight times (the same text in every
 * copy, titles ending in the copy's number), with every kind of edit: links, moves, splits and
 * merges are still found. Correctness figures, not timings; the table is printed.
 */
class RepetitiveAlignmentTest {
  @Test
  void aDraftOfEightCopiesIsAlignedExactlyEnough() throws Exception {
    AlignmentScore score = AlignmentBenchmark.repetitiveScore(8, 3, 1);
    System.out.print(score.report());
    assertTrue(score.f1() >= 0.99, "link F1 " + score.f1());
    assertTrue(score.recall(LinkKind.MOVED) >= 0.95, "move recall " + score.recall(LinkKind.MOVED));
    assertTrue(score.recall(LinkKind.SPLIT) >= 0.95, "split recall " + score.recall(LinkKind.SPLIT));
    assertTrue(score.recall(LinkKind.MERGED) >= 0.95, "merge recall " + score.recall(LinkKind.MERGED));
  }

  @Test
  void everyCopyHasTheSameTextAndItsOwnTitleAndChapter() throws Exception {
    Draft draft = RepetitiveDrafts.of(AlignmentBenchmark.template(), RepetitiveDrafts.BLOCK, 3);
    assertEquals(3 * 48, draft.articles().size());
    List<Article> firsts = List.of(draft.articles().get(0), draft.articles().get(48), draft.articles().get(96));
    assertEquals(1, firsts.stream().map(Article::bodyText).distinct().count());
    assertEquals(
        List.of("Statement of purpose 1", "Statement of purpose 2", "Statement of purpose 3"),
        firsts.stream().map(Article::title).toList());
    assertEquals(List.of("Chapter 1", "Chapter 2", "Chapter 3"), firsts.stream().map(a -> a.division().orElseThrow().label()).toList());
  }
}
