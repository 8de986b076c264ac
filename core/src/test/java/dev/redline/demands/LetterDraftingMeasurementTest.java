package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandTarget;
import dev.redline.model.DraftedDemand;
import dev.redline.read.LetterReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the drafted (target, kind) pairs against the letters of {@code
 * fixtures/letters/}, written for the project and labelled by hand in {@code letters.truth}.
 * Prints the figures and every miss; asserts floors well below them, so a change that breaks
 * drafting fails while an improvement needs no edit here.
 */
class LetterDraftingMeasurementTest {
  private static final Path LETTERS = Fixtures.root().resolve("letters");

  private static String kind(DemandCheck check) {
    if (check instanceof DemandCheck.Deleted) {
      return "deleted";
    }
    if (check instanceof DemandCheck.Excludes) {
      return "excludes";
    }
    if (check instanceof DemandCheck.Review) {
      return "review";
    }
    return "contains";
  }

  @Test
  void draftedTargetsAndKindsAgainstTheHandLabels() throws Exception {
    Set<String> truth = new LinkedHashSet<>();
    Set<String> truthTopics = new LinkedHashSet<>();
    Set<String> letters = new TreeSet<>();
    for (String line : Files.readAllLines(LETTERS.resolve("letters.truth"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.trim().split("\\s+", 3);
      letters.add(cells[0]);
      (cells[1].equals("topic") ? truthTopics : truth).add(cells[0] + " " + cells[1] + " " + cells[2]);
    }
    assertEquals(4, letters.size(), "the labelled letters");
    Set<String> found = new LinkedHashSet<>();
    List<String> topicsFound = new ArrayList<>();
    for (String letter : letters) {
      for (DraftedDemand d : new DemandDrafter().draft(LetterReaders.read(LETTERS.resolve(letter)), Optional.empty())) {
        for (DemandTarget t : d.demand().targets()) {
          if (t instanceof DemandTarget.Provision p) {
            found.add(letter + " " + p + " " + kind(d.demand().check()));
          } else if (t instanceof DemandTarget.Topic topic) {
            topicsFound.add(letter + " " + d.demand().title().toLowerCase(Locale.ROOT) + " " + String.join(" / ", topic.phrases()).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    Set<String> hits = new TreeSet<>(found);
    hits.retainAll(truth);
    Set<String> falsePositives = new TreeSet<>(found);
    falsePositives.removeAll(truth);
    Set<String> misses = new TreeSet<>(truth);
    misses.removeAll(found);
    double precision = (double) hits.size() / found.size();
    double recall = (double) hits.size() / truth.size();
    int topicHits = 0;
    List<String> topicMisses = new ArrayList<>();
    for (String label : truthTopics) {
      String[] cells = label.split(" ", 3);
      if (topicsFound.stream().anyMatch(f -> f.startsWith(cells[0] + " ") && f.contains(cells[2]))) {
        topicHits++;
      } else {
        topicMisses.add(label);
      }
    }
    long topicTrue = topicsFound.stream()
        .filter(f -> truthTopics.stream().anyMatch(l -> f.startsWith(l.split(" ", 3)[0] + " ") && f.contains(l.split(" ", 3)[2])))
        .count();
    System.out.printf(Locale.ROOT, "Letter drafting over %d hand-labelled letters:%n", letters.size());
    System.out.printf(Locale.ROOT, "  (target, kind) pairs: %d labelled, %d drafted, %d right: precision %.2f, recall %.2f%n",
        truth.size(), found.size(), hits.size(), precision, recall);
    System.out.printf(Locale.ROOT, "  topics: %d labelled, %d drafted, %d of the labelled found, %d drafted on a labelled topic%n",
        truthTopics.size(), topicsFound.size(), topicHits, topicTrue);
    for (String letter : letters) {
      long t = truth.stream().filter(x -> x.startsWith(letter + " ")).count();
      long f = found.stream().filter(x -> x.startsWith(letter + " ")).count();
      long h = hits.stream().filter(x -> x.startsWith(letter + " ")).count();
      System.out.printf(Locale.ROOT, "  %-28s %2d labelled, %2d drafted, %2d right%n", letter, t, f, h);
    }
    falsePositives.forEach(f -> System.out.println("  drafted, not labelled: " + f));
    misses.forEach(m -> System.out.println("  labelled, not drafted: " + m));
    topicMisses.forEach(m -> System.out.println("  topic not drafted: " + m));
    assertTrue(precision >= 0.6, "precision " + precision);
    assertTrue(recall >= 0.6, "recall " + recall);
    assertTrue(topicHits * 2 >= truthTopics.size(), "topics found: " + topicHits + " of " + truthTopics.size());
  }
}
