package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redline demands}: a letter in, a demands file out that {@code redline check} accepts,
 * every demand marked draft; bad input is one line and an exit code, with nothing written.
 */
class DemandsCommandTest {
  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();

  private static String letter(String name) {
    return Fixtures.root().resolve("letters").resolve(name).toString();
  }

  private static String fixture(String name) {
    return Fixtures.draft("cybercrime", name).toString();
  }

  @Test
  void draftsAFileThatCheckAccepts() throws IOException {
    Path target = dir.resolve("drafted.yaml");
    int code = cli.run("demands", letter("coalition-submission.txt"), "--against", fixture("rev3.txt"), "-o", target.toString());
    assertEquals(ExitCode.OK, code, cli.err.toString());
    assertTrue(cli.out.toString().startsWith("Wrote " + target + "\nDrafted "), cli.out.toString());
    assertTrue(cli.out.toString().contains("review each"), cli.out.toString());
    String yaml = Files.readString(target);
    long demands = yaml.lines().filter(l -> l.startsWith("  - id: ")).count();
    assertTrue(demands >= 8, yaml);
    assertEquals(demands, yaml.lines().filter(l -> l.equals("    draft: true")).count(), "every demand is a draft");
    assertEquals(demands, yaml.lines().filter(l -> l.startsWith("  # why: ")).count(), "every demand says why");
    assertTrue(yaml.contains("numbering: \"Rev.3\""), yaml);
    assertTrue(yaml.contains("targets: [\"29\", \"30\"]"), yaml);

    int check = cli.run("check", "--demands", target.toString(), fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"));
    assertEquals(ExitCode.OK, check, cli.err.toString());
    assertTrue(cli.out.toString().lines().anyMatch(l -> l.contains("not adopted") && l.contains("Delete articles 29, 30")), cli.out.toString());
  }

  @Test
  void withoutOutputTheFileGoesToStandardOutput() {
    int code = cli.run("demands", letter("bar-council-comments.md"));
    assertEquals(ExitCode.OK, code, cli.err.toString());
    assertTrue(cli.out.toString().startsWith("# Demands drafted by Redline from bar-council-comments.md"), cli.out.toString());
    assertTrue(cli.err.toString().contains("Drafted "), cli.err.toString());
  }

  @Test
  void badInputIsOneLineAndNothingIsWritten() throws IOException {
    Path target = dir.resolve("out.yaml");
    assertEquals(ExitCode.INPUT_MISSING, cli.run("demands", dir.resolve("gone.txt").toString(), "-o", target.toString()));
    assertEquals("redline: error: " + dir.resolve("gone.txt") + ": file not found\n", cli.err.toString());
    Path nothing = Files.writeString(dir.resolve("thanks.txt"), "We thank the Chair for her patience.\n");
    assertEquals(ExitCode.INPUT_UNUSABLE, cli.run("demands", nothing.toString(), "-o", target.toString()));
    assertEquals(1, cli.err.toString().lines().count(), cli.err.toString());
    assertTrue(cli.err.toString().contains("thanks.txt: no demand found"), cli.err.toString());
    assertFalse(Files.exists(target));
    Path letter = Files.writeString(dir.resolve("letter.txt"), "Article 29 should be deleted.\n");
    assertEquals(ExitCode.OUTPUT_FAILED, cli.run("demands", letter.toString(), "-o", letter.toString()));
    assertEquals("Article 29 should be deleted.\n", Files.readString(letter), "the letter is never overwritten");
    assertEquals(ExitCode.INPUT_UNUSABLE, cli.run("demands", letter.toString(), "--against", letter.toString(), "-o", target.toString()));
    assertFalse(Files.exists(target));
  }
}
