package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.DraftedDemand;
import dev.redline.read.LetterReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that is not a letter never breaks the drafter: a whole draft read as a letter, random
 * words, and an endless sentence all give demands that are written and read back as a valid file.
 */
class DrafterRobustnessTest {
  @TempDir Path dir;

  private void writesAReadableFile(String name, List<DraftedDemand> drafted) throws Exception {
    if (drafted.isEmpty()) {
      return;
    }
    Path file = Files.writeString(dir.resolve(name + ".yaml"), DraftedDemandsYaml.format(name, drafted));
    assertEquals(drafted.size(), DemandsFile.read(file).demands().size(), name);
  }

  @Test
  void aWholeDraftReadAsALetter() throws Exception {
    List<DraftedDemand> drafted =
        new DemandDrafter().draft(LetterReaders.read(Fixtures.draft("cybercrime", "rev3.txt")), Optional.empty());
    assertFalse(drafted.isEmpty(), "a draft names articles and says 'shall'");
    writesAReadableFile("rev3", drafted);
  }

  @Test
  void randomWordsAndAnEndlessSentence() throws Exception {
    String[] words = {"Article", "article", "12", "(3)", "paragraph", "of", "the", "Convention", "should", "be", "deleted", "include",
        "\u201C", "\u201D", "\"", ":", ";", ",", ".", "\n", "\n\n", "\u2022", "- ", "Articles", "and", "to", "lacks", "without", "scope",
        "cross-border", "(", ")", "/", "4", "strike", "the", "words", "ARTICLE", "19", "Art.", "that", "be", "with"};
    Random random = new Random(20);
    for (int round = 0; round < 20; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        b.append(words[random.nextInt(words.length)]).append(' ');
      }
      writesAReadableFile("random" + round, new DemandDrafter().draft(LetterReaders.ofText("random.txt", b.toString()), Optional.empty()));
    }
    String joined = "Article 5 should be deleted, and Article 6 must require notice, and ".repeat(2_000) + "Article 7 should be deleted.";
    assertEquals(3, new DemandDrafter().draft(LetterReaders.ofText("joined.txt", joined), Optional.empty()).size(),
        "one request per article, however many times it is asked");
    String endless = "Article 5 should include " + "safeguards and notice, ".repeat(10_000) + "and oversight";
    List<DraftedDemand> drafted = new DemandDrafter().draft(LetterReaders.ofText("endless.txt", endless), Optional.empty());
    assertEquals(1, drafted.size());
    assertTrue(drafted.get(0).demand().targets().toString().contains("5"));
  }
}
