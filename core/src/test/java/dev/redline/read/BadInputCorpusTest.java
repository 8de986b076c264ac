package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.BadInputs;
import dev.redline.fixtures.HeapWatch;
import dev.redline.fixtures.WithinLimits;
import dev.redline.model.Draft;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-input corpus gets its documented outcome, in a JVM of 1 GB heap (the
 * module's tests run with -Xmx1g): a clear one-line refusal naming the file, or a read with the
 * expected warning; never another exception, never an OutOfMemoryError. Each case is also held to
 * {@link WithinLimits#HEAP_CEILING} of heap kept alive, well below the 1 GB where it would fail, and
 * to 60 seconds, a hang detector (the slowest case takes 4 s on an idle machine, a quadratic
 * pattern minutes). Each case prints its time and heap.
 */
@ExtendWith(WithinLimits.class)
class BadInputCorpusTest {
  @TempDir static Path dir;
  private static List<BadInputs.Case> cases;

  @BeforeAll
  static void generate() {
    cases = BadInputs.generate(dir);
    assertTrue(cases.size() >= 15, "the corpus has its files: " + cases);
  }

  static List<BadInputs.Case> cases() {
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void getsItsDocumentedOutcome(BadInputs.Case c) {
    read(c);
  }

  /** The cases of tens or hundreds of megabytes, written when this test runs and read within the same limits. */
  @Test
  @Tag("slow")
  void theHeavyCasesGetTheirDocumentedOutcome(@TempDir Path heavy) {
    for (BadInputs.Case c : BadInputs.generateHeavy(heavy)) {
      long start = System.nanoTime();
      HeapWatch heap = new HeapWatch();
      read(c);
      WithinLimits.check(c.toString(), heap, start);
      c.file().toFile().delete();
    }
  }

  private static void read(BadInputs.Case c) {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try {
        Draft draft = DraftReaders.read(c.file());
        assertEquals(c.outcome(), "OK", c + " was read, but it should be refused");
        if (!c.detail().isEmpty()) {
          assertTrue(draft.warnings().stream().anyMatch(w -> w.contains(c.detail())), c + ": " + draft.warnings());
        }
      } catch (DraftReadException e) {
        assertEquals(c.outcome(), e.problem().name(), c + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(c.file().toString() + ": "), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().contains(c.detail()), c + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "no system file content leaks: " + e.getMessage());
      }
    });
  }
}
