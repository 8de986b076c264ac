package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.DemandStatus;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demands of both seed letters over the fixture chain: every (demand, draft) cell has the
 * status worked out by hand in cybercrime-letters.expected, with evidence quoted from the draft.
 */
class TrackerFixtureTest {
  private static final List<String> FILES = List.of("rev1.txt", "rev2.txt", "rev3.txt");
  private static Tracker tracker;

  @BeforeAll
  static void check() throws Exception {
    List<dev.redline.model.Draft> drafts = new ArrayList<>();
    for (String f : FILES) {
      drafts.add(DraftReaders.read(Fixtures.draft("cybercrime", f)));
    }
    DemandsFile demands = DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml"));
    tracker = new DemandChecker().check(Redline.history(drafts), demands);
  }

  @Test
  void everyCellHasTheExpectedStatus() throws Exception {
    List<String> expected =
        Files.readAllLines(Fixtures.root().resolve("demands/cybercrime-letters.expected")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    assertEquals(expected.size(), tracker.demands().size(), "one expected line per demand");
    List<String> wrong = new ArrayList<>();
    for (String line : expected) {
      String[] cells = line.trim().split("\\s+");
      int d = indexOf(cells[0]);
      for (int r = 0; r < 3; r++) {
        Finding f = tracker.finding(d, r);
        if (f.status() != DemandStatus.valueOf(cells[r + 1])) {
          wrong.add(cells[0] + " in " + f.revision() + ": expected " + cells[r + 1] + ", found " + f.status() + " (" + f.explanation() + ")");
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static int indexOf(String id) {
    for (int i = 0; i < tracker.demands().size(); i++) {
      if (tracker.demands().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no demand " + id);
  }

  @Test
  void everyQuoteOccursInItsDraftAndEveryFoundTargetIsQuoted() throws Exception {
    for (int r = 0; r < 3; r++) {
      String text = normalise(Files.readString(Fixtures.draft("cybercrime", FILES.get(r))));
      for (int d = 0; d < tracker.demands().size(); d++) {
        Finding f = tracker.finding(d, r);
        if (f.status() != DemandStatus.TARGET_NOT_FOUND) {
          assertFalse(f.evidence().isEmpty(), f.demand().id() + " in " + f.revision() + " has evidence");
        }
        for (Evidence e : f.evidence()) {
          assertTrue(text.contains(normalise(e.quote())), f.demand().id() + " quotes text not in " + FILES.get(r) + ": " + e.quote());
          assertEquals(f.revision(), e.revision());
        }
      }
    }
  }

  @Test
  void aTargetInRev3NumberingIsFoundUnderItsOldNumbers() {
    int d2 = indexOf("D2");
    assertEquals("18", tracker.finding(d2, 0).evidence().get(0).article(), "Rev.1");
    assertEquals("17", tracker.finding(d2, 1).evidence().get(0).article(), "Rev.2");
    assertEquals("18", tracker.finding(d2, 2).evidence().get(0).article(), "Rev.3");
    assertEquals("17.1", tracker.finding(d2, 1).evidence().get(0).path());
    assertTrue(tracker.finding(d2, 1).evidence().get(0).quote().contains("intentional participation"));
    dev.redline.model.TextChange quoted = tracker.finding(d2, 2).evidence().get(0).change().orElseThrow();
    assertTrue(quoted.segments().stream().anyMatch(s -> s.op() == dev.redline.model.Segment.Op.DELETE && s.text().strip().equals("intentional")),
        "Rev.3 drops \"intentional\": " + quoted.segments());
    // The change quoted is the one the comparison of Rev.2 and Rev.3 holds for 18.1, not a second diff.
    dev.redline.model.ClauseChange inComparison =
        tracker.history().steps().get(1).articles().stream()
            .flatMap(a -> a.clauses().stream())
            .filter(c -> c.newClause().map(n -> n.path().toString().equals("18.1")).orElse(false))
            .findFirst()
            .orElseThrow();
    assertSame(inComparison.text(), tracker.finding(d2, 2).evidence().get(0).change().orElseThrow());
    int d9 = indexOf("D9");
    assertEquals("30", tracker.finding(d9, 0).evidence().get(0).article(), "personal data was Article 30 in Rev.1");
  }

  @Test
  void partialAdoptionSaysWhichPartsAreMet() {
    Finding d6 = tracker.finding(indexOf("D6"), 1);
    assertEquals(List.of("proportionality", "ongoing oversight"), d6.met());
    assertTrue(d6.unmet().contains("notification of the persons concerned"));
    assertEquals(2.0 / 9, d6.score(), 1e-9);
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
