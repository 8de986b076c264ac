package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Demand;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandTarget;
import dev.redline.model.Draft;
import dev.redline.model.DraftedDemand;
import dev.redline.model.Finding;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import dev.redline.read.LetterReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts the demands of the two seed letters, read at run time from {@code ../shared/seeds/} (the
 * letters' text is never copied into the project), against the fixture Rev.3: what the issue
 * asks to be found in each, and agreement with the hand-written demands of {@code
 * cybercrime-letters.yaml} wherever a drafted demand asks the same thing.
 */
class SeedLettersDraftingTest {
  private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
  private static Draft rev3;

  @TempDir Path dir;

  @BeforeAll
  static void readRev3() throws Exception {
    rev3 = DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"));
  }

  private static List<DraftedDemand> draft(String prefix) throws Exception {
    assumeTrue(Files.isDirectory(SEEDS), "the seed letters are not here (" + SEEDS.toAbsolutePath().normalize() + "); skipped");
    Path letter;
    try (var files = Files.list(SEEDS)) {
      letter = files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt")).findFirst().orElse(null);
    }
    assumeTrue(letter != null, "seed letter " + prefix + " is not in " + SEEDS + "; skipped");
    return new DemandDrafter().draft(LetterReaders.read(letter), Optional.of(rev3));
  }

  private static Set<String> targets(DraftedDemand d) {
    return d.demand().targets().stream().filter(t -> t instanceof DemandTarget.Provision).map(Object::toString).collect(Collectors.toSet());
  }

  private static Set<String> articles(DraftedDemand d) {
    return d.demand().targets().stream()
        .filter(t -> t instanceof DemandTarget.Provision)
        .map(t -> ((DemandTarget.Provision) t).article())
        .collect(Collectors.toSet());
  }

  private static List<String> phrases(DemandCheck check) {
    return check.allPhrases();
  }

  private static boolean isContains(DemandCheck check) {
    return check instanceof DemandCheck.Contains || check instanceof DemandCheck.AllOf;
  }

  @Test
  void letter000DraftsTheDeletionsTheSafeguardsTheIntentAndTheNamedArticles() throws Exception {
    List<DraftedDemand> drafted = draft("000_");
    for (String target : List.of("28(4)", "29", "30")) {
      assertTrue(drafted.stream().anyMatch(d -> d.demand().check() instanceof DemandCheck.Deleted && targets(d).contains(target)),
          "a deletion of " + target);
    }
    DraftedDemand safeguards = drafted.stream()
        .filter(d -> targets(d).equals(Set.of("24")) && isContains(d.demand().check()))
        .findFirst().orElseThrow(() -> new AssertionError("a contains demand on Article 24"));
    String asked = String.join(" | ", phrases(safeguards.demand().check())).toLowerCase(Locale.ROOT);
    for (String word : List.of("legality", "necessity", "proportionality", "non-discrimination", "legitimate purpose", "prior", "authorization",
        "notification", "statistic")) {
      assertTrue(asked.contains(word), "Article 24 asks for " + word + ": " + asked);
    }
    DraftedDemand intent = drafted.stream().filter(d -> articles(d).contains("18")).findFirst()
        .orElseThrow(() -> new AssertionError("a demand on Article 18"));
    assertTrue(phrases(intent.demand().check()).stream().anyMatch(p -> Phrases.stems(p).contains("intent")),
        "Article 18 asks for intent: " + intent.demand().check().describe());
    for (String article : List.of("4", "6", "36", "40")) {
      assertTrue(drafted.stream().anyMatch(d -> articles(d).contains(article)), "a demand on Article " + article);
    }
    Set<String> all = drafted.stream().flatMap(d -> articles(d).stream()).collect(Collectors.toSet());
    assertFalse(all.contains("19"), "Article 19 is named only to compare with");
    assertFalse(all.contains("38"), "Article 38 is another instrument's");
    for (DraftedDemand d : drafted) {
      assertTrue(d.demand().draft());
      assertTrue(d.source().line() > 0 && !d.source().sentence().isBlank());
    }
  }

  @Test
  void letter000AgreesWithTheHandWrittenDemandsWhereBothAskTheSameThing() throws Exception {
    List<DraftedDemand> drafted = draft("000_");
    Path yaml = dir.resolve("drafted.yaml");
    Files.writeString(yaml, DraftedDemandsYaml.format("000.txt", drafted));
    DemandsFile draftedFile = DemandsFile.read(yaml);
    DemandsFile handFile = DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml"));
    List<Draft> drafts = new ArrayList<>();
    for (String f : List.of("rev1.txt", "rev2.txt", "rev3.txt")) {
      drafts.add(DraftReaders.read(Fixtures.draft("cybercrime", f)));
    }
    History history = Redline.history(drafts);
    Tracker draftedTracker = new DemandChecker().check(history, draftedFile);
    Map<String, String[]> expected = new HashMap<>();
    for (String line : Files.readAllLines(Fixtures.root().resolve("demands/cybercrime-letters.expected"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cells = line.trim().split("\\s+");
        expected.put(cells[0], cells);
      }
    }
    List<String> compared = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (Demand hand : handFile.demands()) {
      Set<String> handArticles = hand.targets().stream().filter(t -> t instanceof DemandTarget.Provision)
          .map(t -> ((DemandTarget.Provision) t).article()).collect(Collectors.toSet());
      if (handArticles.isEmpty()) {
        continue;
      }
      for (int d = 0; d < draftedFile.demands().size(); d++) {
        Demand mine = draftedFile.demands().get(d);
        Set<String> mineArticles = mine.targets().stream().filter(t -> t instanceof DemandTarget.Provision)
            .map(t -> ((DemandTarget.Provision) t).article()).collect(Collectors.toSet());
        if (!mineArticles.containsAll(handArticles) || !sameThing(hand.check(), mine.check())) {
          continue;
        }
        compared.add(hand.id() + "~" + mine.id());
        for (int r = 0; r < 3; r++) {
          Finding f = draftedTracker.finding(d, r);
          String want = expected.get(hand.id())[r + 1];
          if (!f.status().name().equals(want)) {
            disagreements.add(hand.id() + " vs drafted " + mine.id() + " in " + f.revision() + ": " + want + " against " + f.status()
                + " (" + f.explanation() + ")");
          }
        }
      }
    }
    System.out.println("Seed letter 000, drafted against hand-written demands asking the same thing: " + compared);
    assertTrue(compared.size() >= 6, "demands asking the same thing: " + compared);
    assertEquals(List.of(), disagreements, "compared " + compared);
  }

  /** Both delete, or both ask for words and share one (one phrase holding the other). */
  private static boolean sameThing(DemandCheck hand, DemandCheck mine) {
    if (hand instanceof DemandCheck.Deleted || mine instanceof DemandCheck.Deleted) {
      return hand instanceof DemandCheck.Deleted && mine instanceof DemandCheck.Deleted;
    }
    if (!isContains(hand) || !isContains(mine)) {
      return false;
    }
    for (String a : phrases(hand)) {
      for (String b : phrases(mine)) {
        if (Phrases.contains(Phrases.stems(a), b) || Phrases.contains(Phrases.stems(b), a)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void letter004DraftsTopicDemandsWithProposedTargets() throws Exception {
    List<DraftedDemand> drafted = draft("004_");
    assertTrue(drafted.stream().allMatch(d -> targets(d).isEmpty()), "the letter names no article (ARTICLE 19 is a signatory)");
    Map<String, String> topics = Map.of(
        "cross-border", "", "security research", "11", "scope", "3", "human rights", "6");
    for (Map.Entry<String, String> topic : topics.entrySet()) {
      DraftedDemand d = drafted.stream()
          .filter(x -> x.demand().targets().stream().anyMatch(t -> t instanceof DemandTarget.Topic p
              && p.phrases().stream().anyMatch(ph -> ph.toLowerCase(Locale.ROOT).contains(topic.getKey()))))
          .findFirst().orElseThrow(() -> new AssertionError("a topic demand on " + topic.getKey()));
      assertFalse(d.proposals().isEmpty(), "proposed targets for " + topic.getKey());
      if (!topic.getValue().isEmpty()) {
        assertTrue(d.proposals().stream().anyMatch(p -> p.article().equals(topic.getValue())),
            topic.getKey() + " proposes Article " + topic.getValue() + ": " + d.proposals());
      }
    }
  }
}
