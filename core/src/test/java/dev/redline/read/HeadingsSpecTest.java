package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.SpecExample;
import dev.redline.model.Article;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code fixtures/specs/headings.spec}: a few lines of a draft in a national
 * or parliamentary tradition, and the outline a reader must get from them, written by hand.
 */
class HeadingsSpecTest {
  @TempDir Path dir;

  static Stream<SpecExample> examples() {
    return Fixtures.specExamples("headings").stream();
  }

  @Test
  void theSpecCoversEveryTradition() {
    List<String> sections = examples().map(SpecExample::section).distinct().toList();
    for (String tradition : List.of("French", "Stage markers", "Italian", "Spanish", "German", "European Union", "United Kingdom",
        "United States", "Council of Europe", "Title")) {
      assertTrue(sections.stream().anyMatch(s -> s.contains(tradition)), tradition + " in " + sections);
    }
    assertTrue(examples().count() >= 15, "examples: " + examples().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsTheOutlineWrittenByHand(SpecExample example) throws Exception {
    Path file = dir.resolve("draft.txt");
    Files.writeString(file, example.parts().get(0) + "\n", StandardCharsets.UTF_8);
    Draft draft = DraftReaders.read(file);
    List<String> expected = example.parts().get(1).lines().map(HeadingsSpecTest::spaced).filter(l -> !l.isEmpty()).toList();
    assertEquals(String.join("\n", expected), String.join("\n", outline(draft)), example + " at " + example.file() + ":" + example.line());
  }

  private static List<String> outline(Draft draft) {
    List<String> lines = new ArrayList<>();
    if (!draft.symbol().isEmpty()) {
      lines.add("symbol: " + draft.symbol());
    }
    if (!draft.date().isEmpty()) {
      lines.add("date: " + draft.date());
    }
    if (!draft.preamble().isEmpty()) {
      lines.add("preamble: " + draft.preamble().size() + " recitals");
    }
    List<Map.Entry<Integer, String>> headings = new ArrayList<>();
    for (Division d : draft.divisions()) {
      headings.add(Map.entry(d.provenance().line(), d.kind().name().toLowerCase(Locale.ROOT) + " " + d.label() + " | " + d.title()));
    }
    for (Article a : draft.articles()) {
      String marker = a.marker().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
      headings.add(Map.entry(a.provenance().line(), a.label() + " | " + a.number() + " | " + a.title() + " | " + marker + " | "
          + a.allClauses().count()));
    }
    for (String warning : draft.warnings()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^.*?:(\\d+)(?:, p\\. \\d+)?: (.*)$").matcher(warning);
      assertTrue(m.matches(), warning);
      java.util.regex.Matcher deleted =
          java.util.regex.Pattern.compile("^\"(.*)\" is marked deleted at this stage.*$").matcher(m.group(2));
      headings.add(Map.entry(Integer.parseInt(m.group(1)), deleted.matches() ? "deleted: " + deleted.group(1) : "warning: " + m.group(2)));
    }
    headings.stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(e -> lines.add(spaced(e.getValue())));
    return lines;
  }

  /** The line with runs of spaces as one space, so that empty fields read {@code | |}. */
  private static String spaced(String line) {
    return line.replaceAll("\\s+", " ").strip();
  }

}
