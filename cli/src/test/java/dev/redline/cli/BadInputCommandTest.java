package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.BadInputs;
import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.WithinLimits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the command line reports each kind of bad input: the documented exit code and one plain line
 * naming the file and the problem, no stack trace, no report. One quick file of each outcome is
 * enough here: that every file of the corpus gets its outcome is checked once, in core's
 * {@code BadInputCorpusTest}. Each run keeps less than {@link WithinLimits#HEAP_CEILING} of heap
 * alive and ends within a minute (a hang detector).
 */
@ExtendWith(WithinLimits.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BadInputCommandTest {
  @TempDir static Path dir;
  private static List<BadInputs.Case> cases;

  @BeforeAll
  static void generate() {
    cases = BadInputs.oneOfEachOutcome(dir);
    assertTrue(cases.size() >= 8, "one file for each outcome: " + cases);
  }

  static List<BadInputs.Case> cases() {
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void compareGivesTheDocumentedExitCodeAndPlainMessages(BadInputs.Case c) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cmd = Redline.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    Path target = dir.resolve(c.file().getFileName() + ".redline.docx");
    int code = cmd.execute("compare", Fixtures.draft("cybercrime", "rev2.txt").toString(), c.file().toString(), "-o", target.toString());
    assertEquals(c.outcome().equals("OK") ? ExitCode.OK : ExitCode.INPUT_UNUSABLE, code, c + ": " + err);
    assertEquals(c.outcome().equals("OK"), Files.exists(target), "a report exactly when the input was usable");
    if (!c.outcome().equals("OK")) {
      assertTrue(err.toString().startsWith("redline: error: " + c.file() + ": "), "one line naming the file: " + err);
      assertTrue(err.toString().contains(c.detail()), "and the problem (" + c.detail() + "): " + err);
    }
    for (String line : err.toString().lines().toList()) {
      assertTrue(line.startsWith("redline: "), "only Redline's own messages: " + line);
      assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
    }
  }
}
