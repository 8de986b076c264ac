package dev.redline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.model.LinkKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The aligner on generated pairs (articles reworded by up to 30% of their words) meets the accuracy
 * the project promises: on 8 pairs (two of each size) every day, on 200 with {@code -Pfull}. These
 * are correctness figures, not timings; the table is printed.
 */
class AlignmentBenchmarkTest {
  @Test
  void accuracyOnEightGeneratedPairs() throws Exception {
    meetsThePromise(AlignmentBenchmark.score(8, 1));
  }

  @Test
  @Tag("slow")
  void accuracyOnTwoHundredGeneratedPairs() throws Exception {
    meetsThePromise(AlignmentBenchmark.score(200, 1));
  }

  private static void meetsThePromise(AlignmentScore score) {
    System.out.print(score.report());
    assertTrue(score.f1() >= 0.99, "link F1 " + score.f1());
    assertTrue(score.recall(LinkKind.MOVED) >= 0.97, "move recall " + score.recall(LinkKind.MOVED));
    assertTrue(score.recall(LinkKind.RENUMBERED) >= 0.99, "renumbering recall " + score.recall(LinkKind.RENUMBERED));
    assertTrue(score.recall(LinkKind.SPLIT) >= 0.95, "split recall " + score.recall(LinkKind.SPLIT));
    assertTrue(score.recall(LinkKind.MERGED) >= 0.95, "merge recall " + score.recall(LinkKind.MERGED));
  }

  @Test
  void theSameSeedGivesTheSamePair() throws Exception {
    var template = AlignmentBenchmark.template();
    var generator = new PairGenerator(PairGenerator.Settings.standard());
    assertEquals(generator.generate(template, 7).truth(), generator.generate(template, 7).truth());
  }
}
