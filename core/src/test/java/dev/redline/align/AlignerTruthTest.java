package dev.redline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.GroundTruth;
import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Alignment;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.Comparison;
import dev.redline.model.LinkKind;
import dev.redline.read.DraftReaders;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every link of every hand-written ground truth is found, with exactly the kinds written there: by
 * the aligner, which calls a changed body modified, and in the comparison, whose differ says which
 * changed bodies only had their cross-references updated.
 */
class AlignerTruthTest {
  static Stream<GroundTruth> truths() {
    return Fixtures.alignmentTruths("cybercrime").stream();
  }

  @Test
  void theTruthFolderHoldsEveryConsecutivePair() {
    assertEquals(
        List.of("rev1-rev2", "rev2-rev3"),
        truths().map(t -> t.oldDraft() + "-" + t.newDraft()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("truths")
  void everyLinkIsFoundWithItsKinds(GroundTruth truth) throws Exception {
    check(truth, align(truth).links(), AlignerTruthTest::asTheAlignerSeesIt);
  }

  /**
   * The aligner compares texts, not edits: it calls every article whose body differs modified, and
   * the differ then says which of them only had their cross-references updated.
   */
  private static String asTheAlignerSeesIt(GroundTruth.Link link) {
    return link.toString().replace("references updated", "modified");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("truths")
  void theComparisonSaysWhichArticlesOnlyHadTheirCrossReferencesUpdated(GroundTruth truth) throws Exception {
    Comparison comparison = new ClauseDiffer().compare(align(truth));
    check(truth, comparison.alignment().links(), GroundTruth.Link::toString);
    for (ArticleChange change : comparison.articles()) {
      assertTrue(comparison.alignment().links().contains(change.link()), "each article change carries its link as the comparison has it: " + change.link());
    }
    long updated = comparison.alignment().links().stream().filter(l -> l.is(LinkKind.REFERENCES_UPDATED)).count();
    assertEquals(updated, comparison.statistics().count(LinkKind.REFERENCES_UPDATED));
  }

  private static Alignment align(GroundTruth truth) throws Exception {
    return new Aligner()
        .align(
            DraftReaders.read(Fixtures.draft("cybercrime", truth.oldDraft() + ".txt")),
            DraftReaders.read(Fixtures.draft("cybercrime", truth.newDraft() + ".txt")));
  }

  private static void check(GroundTruth truth, List<ArticleLink> links, Function<GroundTruth.Link, String> expectedForm) {
    List<String> found = links.stream().map(ArticleLink::toString).toList();
    List<String> problems = new ArrayList<>();
    for (GroundTruth.Link link : truth.links()) {
      if (!found.contains(expectedForm.apply(link))) {
        String got =
            links.stream()
                .filter(l -> overlaps(l, link))
                .map(l -> l + " (" + l.reason() + ")")
                .reduce((a, b) -> a + "; " + b)
                .orElse("nothing");
        problems.add("line " + link.line() + ": expected " + expectedForm.apply(link) + ", found " + got);
      }
    }
    List<String> expected = truth.links().stream().map(expectedForm).toList();
    for (String link : found) {
      if (!expected.contains(link)) {
        problems.add("not in the truth: " + link);
      }
    }
    assertTrue(problems.isEmpty(), truth.file() + "\n" + String.join("\n", problems));
    assertEquals(expected.size(), found.size());
  }

  private static boolean overlaps(ArticleLink found, GroundTruth.Link truth) {
    return found.oldArticles().stream().anyMatch(a -> truth.oldNumbers().contains(a.number()))
        || found.newArticles().stream().anyMatch(a -> truth.newNumbers().contains(a.number()));
  }

  @Test
  void unrelatedTextsGiveInsertionsAndDeletionsNotForcedMatches() throws Exception {
    Alignment alignment =
        new Aligner()
            .align(
                DraftReaders.read(Fixtures.draft("other", "river-commission-rules.txt")),
                DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt")));
    List<String> matched =
        alignment.links().stream()
            .filter(l -> !l.oldArticles().isEmpty() && !l.newArticles().isEmpty())
            .map(ArticleLink::toString)
            .toList();
    assertEquals(List.of(), matched);
    assertEquals(7 + 55, alignment.links().size());
  }
}
