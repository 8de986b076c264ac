package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Demand;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandStatus;
import dev.redline.model.Draft;
import dev.redline.model.DraftedDemand;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import dev.redline.read.LetterReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demands file written from a drafted letter is valid for the schema, read back by {@link
 * DemandsFile} with every demand marked draft, and checked over the fixture drafts; a needs-review
 * check gives that status wherever its target is found.
 */
class DraftedDemandsYamlTest {
  /** A letter written for this test, about the fixture convention's Rev.3 numbering. */
  private static final String LETTER = String.join("\n",
      "Dear delegates,",
      "",
      "1. Surveillance powers:",
      "",
      "• Article 30 should be deleted. The words \"as it considers appropriate\" should be removed from Article 24.",
      "",
      "• Article 36 should be strengthened, and Article 18 must require \"intentional\" participation.",
      "",
      "• Good-faith security researchers need protection; testing without the owner's consent must not be a crime.",
      "");

  @TempDir Path dir;

  private static List<Draft> drafts() throws Exception {
    List<Draft> drafts = new ArrayList<>();
    for (String f : List.of("rev1.txt", "rev2.txt", "rev3.txt")) {
      drafts.add(DraftReaders.read(Fixtures.draft("cybercrime", f)));
    }
    return drafts;
  }

  @Test
  void theWrittenFileIsValidReadableAndCheckable() throws Exception {
    List<Draft> drafts = drafts();
    List<DraftedDemand> drafted = new DemandDrafter().draft(LetterReaders.ofText("our-letter.txt", LETTER), Optional.of(drafts.get(2)));
    String yaml = DraftedDemandsYaml.format("our-letter.txt", drafted);
    Path file = Files.writeString(dir.resolve("drafted.yaml"), yaml);
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("..", "docs", "demands.schema.json")));
    assertEquals(java.util.List.of(), schema.validate(new ObjectMapper(new YAMLFactory()).readTree(file.toFile())), yaml);
    DemandsFile read = DemandsFile.read(file);
    assertEquals(drafted.size(), read.demands().size());
    for (int i = 0; i < drafted.size(); i++) {
      Demand written = drafted.get(i).demand();
      Demand back = read.demands().get(i);
      assertTrue(back.draft(), back.id());
      assertEquals(written.check(), back.check(), back.id());
      assertEquals(written.targets().stream().map(Object::toString).toList(), back.targets().stream().map(Object::toString).toList());
      assertTrue(yaml.contains("# why: " + drafted.get(i).why()), "the comment says why " + back.id());
    }
    assertTrue(yaml.contains("quote: \"Article 30 should be deleted.\""), yaml);
    Tracker tracker = new DemandChecker().check(Redline.history(drafts), read);
    int review = -1;
    for (int d = 0; d < read.demands().size(); d++) {
      if (read.demands().get(d).check() instanceof DemandCheck.Review) {
        review = d;
      }
    }
    assertTrue(review >= 0, yaml);
    for (int r = 0; r < 3; r++) {
      assertEquals(DemandStatus.NEEDS_REVIEW, tracker.finding(review, r).status());
    }
  }

  @Test
  void aBadDraftMarkOrConfidenceIsRefusedWithItsLine() throws Exception {
    String head = "redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    numbering: Rev.3\n    target: \"18\"\n    check: {review: \"read it\"}\n";
    Path mark = Files.writeString(dir.resolve("mark.yaml"), head + "    draft: perhaps\n");
    DemandsFileException e = assertThrows(DemandsFileException.class, () -> DemandsFile.read(mark));
    assertEquals("draft", e.field());
    assertEquals(8, e.position().line());
    Path confidence = Files.writeString(dir.resolve("confidence.yaml"), head + "    confidence: 1.5\n");
    DemandsFileException c = assertThrows(DemandsFileException.class, () -> DemandsFile.read(confidence));
    assertEquals("confidence", c.field());
    Path ok = Files.writeString(dir.resolve("ok.yaml"), head + "    draft: true\n    confidence: 0.4\n    quote: \"Article 18 is unclear.\"\n");
    Demand d = DemandsFile.read(ok).demands().get(0);
    assertTrue(d.draft());
    assertInstanceOf(DemandCheck.Review.class, d.check());
    Path reviewed = Files.writeString(dir.resolve("reviewed.yaml"), head);
    assertFalse(DemandsFile.read(reviewed).demands().get(0).draft());
  }
}
