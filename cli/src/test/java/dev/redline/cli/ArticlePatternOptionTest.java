package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redline compare --article-pattern REGEX} on a contract whose articles are "Condition 7 — Payment". */
class ArticlePatternOptionTest {
  private static final String PATTERN = "Condition (?<number>\\d+) — (?<title>.+)";

  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;
  private Path oldDraft;
  private Path newDraft;
  private Path target;

  @BeforeEach
  void writeDrafts() throws IOException {
    oldDraft = dir.resolve("old.txt");
    newDraft = dir.resolve("new.txt");
    target = dir.resolve("out.docx");
    Files.writeString(
        oldDraft,
        "Condition 7 — Payment\n\n1. The buyer pays within thirty days.\n\nCondition 8 — Delivery\n\n1. The seller delivers to the port.\n");
    Files.writeString(
        newDraft,
        "Condition 7 — Payment\n\n1. The buyer pays within sixty days.\n\nCondition 8 — Delivery\n\n1. The seller delivers to the port.\n");
  }

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void withoutThePatternTheContractHasNoArticles() {
    assertEquals(ExitCode.INPUT_UNUSABLE, run("compare", oldDraft.toString(), newDraft.toString(), "-o", target.toString()));
    assertTrue(err.toString().contains("no articles recognised"), err.toString());
  }

  @Test
  void thePatternFindsTheClausesAndTheRedlineIsWritten() {
    int code = run("compare", "--article-pattern", PATTERN, oldDraft.toString(), newDraft.toString(), "-o", target.toString());
    assertEquals(ExitCode.OK, code, err.toString());
    assertTrue(Files.isRegularFile(target));
    assertTrue(out.toString().contains("old -> new: 2 -> 2 articles\n  Articles  1 unchanged, 1 modified\n"), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void anInvalidExpressionIsAUsageError() {
    int code = run("compare", "--article-pattern", "Condition (?<number>\\d+", oldDraft.toString(), newDraft.toString(), "-o", target.toString());
    assertEquals(ExitCode.USAGE, code);
    assertTrue(
        err.toString().startsWith("redline: error: --article-pattern: the article pattern 'Condition (?<number>\\d+' is not a valid regular expression: "),
        err.toString());
    assertFalse(Files.exists(target));
  }

  @Test
  void aPatternWithoutTheNumberGroupIsAUsageError() {
    int code = run("compare", "--article-pattern", "Condition (\\d+)", oldDraft.toString(), newDraft.toString(), "-o", target.toString());
    assertEquals(ExitCode.USAGE, code);
    assertTrue(err.toString().contains("has no named group 'number', such as (?<number>\\d+)"), err.toString());
    assertFalse(Files.exists(target));
  }
}
