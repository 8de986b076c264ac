package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.BadInputs;
import dev.redline.fixtures.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input corpus through the command line: the documented exit code, messages only, no stack trace. */
class BadInputCommandTest {
  @TempDir static Path dir;
  private static List<BadInputs.Case> cases;

  @BeforeAll
  static void generate() {
    cases = BadInputs.generate(dir);
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
    for (String line : err.toString().lines().toList()) {
      assertTrue(line.startsWith("redline: "), "only Redline's own messages: " + line);
      assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
    }
  }
}
