package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.WordLedger;
import dev.redline.model.ArticleChange;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.Comparison;
import dev.redline.model.Edit;
import dev.redline.read.DraftReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many changed words Redline reports on the fixture pairs, against the hand-kept ledger and
 * against {@code git diff --word-diff}: Rev.2 → Rev.3, where every article after the new article 4
 * was renumbered, and Rev.1 → Rev.2, with a split, a merge and an article moved to another chapter.
 * Prints the figures; asserts only that Redline's counts of words that matter and of consequential
 * words are within 10% of the ledger's, a property of correctness.
 *
 * <p>Counted on both sides: the words of clause and footnote texts, as the ledger counts them.
 * Redline's figure adds up substantive, editorial and bracket edits and leaves out numbering and
 * consequential ones; the ledger files bracket changes under substantive and has no editorial edits
 * in this pair. The ledger keeps punctuation attached to words ({@code renewed.} to {@code renewed
 * once.} is 1 removed and 2 added, where Redline sees 1 word inserted), so the two may differ by a
 * few words.
 */
class ChangedWordsMeasurementTest {
  private static final Set<ChangeKind> MATTERS = Set.of(ChangeKind.SUBSTANTIVE, ChangeKind.EDITORIAL, ChangeKind.BRACKETS);

  @ParameterizedTest(name = "Rev.{0} -> Rev.{1}")
  @CsvSource({"2, 3", "1, 2"})
  void redlineCountsTheWordsThatMatterAsTheLedgerDoes(int from, int to) throws Exception {
    Path oldFile = Fixtures.draft("cybercrime", "rev" + from + ".txt");
    Path newFile = Fixtures.draft("cybercrime", "rev" + to + ".txt");
    Comparison c = Redline.compare(DraftReaders.read(oldFile), DraftReaders.read(newFile));
    WordLedger ledger = WordLedger.read(Fixtures.drafts("cybercrime").resolve("CHANGES.md"), "Rev." + from, "Rev." + to);

    ChangeCount body = ChangeCount.NONE;
    ChangeCount consequential = ChangeCount.NONE;
    for (ArticleChange a : c.articles()) {
      List<Edit> edits = new ArrayList<>();
      a.clauses().forEach(clause -> edits.addAll(clause.edits()));
      a.footnotes().forEach(f -> edits.addAll(f.edits()));
      for (Edit e : edits) {
        if (MATTERS.contains(e.kind())) {
          body = body.plus(e);
        } else if (e.kind() == ChangeKind.CONSEQUENTIAL) {
          consequential = consequential.plus(e);
        }
      }
    }
    Map<ChangeKind, ChangeCount> all = c.statistics().changes();
    int everything = MATTERS.stream().mapToInt(k -> all.get(k).words()).sum();
    String git = gitWordDiff(oldFile, newFile);

    System.out.printf(
        "Rev.%d -> Rev.%d changed words%n"
            + "  ledger (CHANGES.md), substantive incl. brackets: %d (%d removed, %d added); consequential %d%n"
            + "  Redline, clauses and footnotes, substantive + editorial + brackets: %d (%d deleted, %d inserted) in %d edits;"
            + " consequential %d%n"
            + "  Redline, whole comparison with headings: substantive + editorial + brackets %d; numbering %d; consequential %d%n"
            + "  git diff --no-index --word-diff=porcelain: %s%n",
        from, to,
        ledger.substantive(), ledger.substantiveRemoved(), ledger.substantiveAdded(), ledger.consequential(),
        body.words(), body.wordsDeleted(), body.wordsInserted(), body.edits(), consequential.words(),
        everything, all.get(ChangeKind.NUMBERING).words(), all.get(ChangeKind.CONSEQUENTIAL).words(), git);

    assertTrue(
        Math.abs(body.words() - ledger.substantive()) <= 0.10 * ledger.substantive(),
        "Redline " + body.words() + " against the ledger's " + ledger.substantive());
    assertTrue(
        Math.abs(consequential.words() - ledger.consequential()) <= 0.10 * ledger.consequential(),
        "Redline consequential " + consequential.words() + " against the ledger's " + ledger.consequential());
  }

  /** The words git's word diff marks removed and added, or why it could not be run. */
  private static String gitWordDiff(Path oldFile, Path newFile) {
    try {
      Process p =
          new ProcessBuilder("git", "diff", "--no-index", "--word-diff=porcelain", "--", oldFile.toString(), newFile.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() > 1) {
        return "not measured (git exit " + p.exitValue() + ")";
      }
      int removed = 0;
      int added = 0;
      boolean inHunk = false;
      for (String line : out.split("\n", -1)) {
        if (line.startsWith("@@")) {
          inHunk = true;
        } else if (inHunk && line.startsWith("-")) {
          removed += words(line.substring(1));
        } else if (inHunk && line.startsWith("+")) {
          added += words(line.substring(1));
        }
      }
      return (removed + added) + " (" + removed + " removed, " + added + " added), every change alike";
    } catch (IOException e) {
      return "not measured (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "not measured (interrupted)";
    }
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
