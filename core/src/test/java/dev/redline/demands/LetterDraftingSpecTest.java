package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.SpecExample;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandTarget;
import dev.redline.model.DraftedDemand;
import dev.redline.read.LetterReaders;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code fixtures/specs/letter-drafting.spec}: a passage of a letter and the
 * demands drafted from it, written by hand; and checks what every drafted demand must carry.
 */
class LetterDraftingSpecTest {
  static Stream<SpecExample> examples() {
    return Fixtures.specExamples("letter-drafting").stream();
  }

  @Test
  void theSpecHoldsAnExampleForEveryFormAndKind() {
    assertTrue(examples().count() >= 30, "examples: " + examples().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void draftsExactlyTheDemandsWrittenByHand(SpecExample example) {
    String letter = example.parts().get(0);
    List<DraftedDemand> drafted = new DemandDrafter().draft(LetterReaders.ofText("letter.txt", letter), Optional.empty());
    String expected = example.parts().get(1).strip();
    String found = drafted.isEmpty() ? "(none)" : drafted.stream().map(LetterDraftingSpecTest::line).collect(Collectors.joining("\n"));
    assertEquals(expected, found, example.file().getFileName() + ":" + example.line() + " (" + example.section() + ")");
    for (DraftedDemand d : drafted) {
      assertTrue(d.demand().draft(), "marked draft: " + d.demand().id());
      assertTrue(letter.replaceAll("\\s+", " ").contains(d.source().sentence().substring(0, Math.min(12, d.source().sentence().length()))),
          "quotes the letter: " + d.source().sentence());
      assertTrue(d.source().line() >= 1, "has a line: " + d.source());
      assertTrue(d.confidence() > 0 && d.confidence() <= 1, "confidence " + d.confidence());
      assertTrue(!d.why().isBlank(), "says why");
    }
  }

  /** A drafted demand in the spec's notation: {@code 24 contains: legality; notification | notice}. */
  static String line(DraftedDemand d) {
    String targets = d.demand().targets().stream()
        .map(t -> t instanceof DemandTarget.Topic topic ? "topic: " + String.join(" / ", topic.phrases()) : t.toString())
        .collect(Collectors.joining(", "));
    DemandCheck check = d.demand().check();
    String kind;
    String terms = "";
    if (check instanceof DemandCheck.Deleted) {
      kind = "deleted";
    } else if (check instanceof DemandCheck.Review) {
      kind = "review";
    } else if (check instanceof DemandCheck.Excludes x) {
      kind = "excludes";
      terms = String.join("; ", x.phrases());
    } else if (check instanceof DemandCheck.Contains c) {
      kind = "contains";
      terms = c.any() ? String.join(" | ", c.phrases()) : String.join("; ", c.phrases());
    } else if (check instanceof DemandCheck.AllOf all) {
      kind = "contains";
      terms = all.parts().stream()
          .map(p -> p.check() instanceof DemandCheck.Contains c ? String.join(" | ", c.phrases()) : p.check().describe())
          .collect(Collectors.joining("; "));
    } else {
      kind = check.describe();
    }
    return targets + " " + kind + (terms.isEmpty() ? "" : ": " + terms);
  }
}
