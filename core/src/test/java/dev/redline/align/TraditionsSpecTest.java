package dev.redline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.SpecExample;
import dev.redline.model.Alignment;
import dev.redline.model.ArticleLink;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code fixtures/specs/traditions.spec}: a text at two stages in a national
 * or parliamentary tradition, and the links between its articles, written by hand.
 */
class TraditionsSpecTest {
  @TempDir Path dir;

  static Stream<SpecExample> examples() {
    return Fixtures.specExamples("traditions").stream();
  }

  @Test
  void everyTraditionHasAPairOfStages() {
    List<String> sections = examples().map(SpecExample::section).toList();
    for (String tradition : List.of("French", "Italian", "Spanish", "German", "European Union", "United Kingdom", "United States")) {
      assertTrue(sections.stream().anyMatch(s -> s.startsWith(tradition)), tradition + " in " + sections);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void alignsExactlyAsWrittenByHand(SpecExample example) throws Exception {
    Draft earlier = read(example.parts().get(0), "earlier.txt");
    Draft later = read(example.parts().get(1), "later.txt");
    Alignment alignment = new Aligner().align(earlier, later);
    List<String> expected =
        example.parts().get(2).lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    List<String> found = alignment.links().stream().map(ArticleLink::toString).sorted().toList();
    assertEquals(String.join("\n", expected), String.join("\n", found), example + " at " + example.file() + ":" + example.line());
  }

  private Draft read(String text, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    return DraftReaders.read(file);
  }
}
