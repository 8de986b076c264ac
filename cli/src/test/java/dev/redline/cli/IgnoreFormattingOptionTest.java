package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redline compare} on the formatted Word pair (make_formatted.py: Rev.2 puts "Basin" in
 * italics and takes the bold off "free of charge", in articles whose words change too, and puts "two"
 * in italics in Article 3, its only change): the summary counts three formatting changes and Article 3
 * as reformatted, and {@code --ignore-formatting} compares the words only, as Word does with its
 * "Formatting" box cleared, so that Article 3 is unchanged.
 */
class IgnoreFormattingOptionTest {
  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();

  private String compare(String... options) throws Exception {
    Path target = dir.resolve("out.json");
    String[] args = new String[options.length + 5];
    args[0] = "compare";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = Fixtures.draft("formatted", "rev1.docx").toString();
    args[options.length + 2] = Fixtures.draft("formatted", "rev2.docx").toString();
    args[options.length + 3] = "-o";
    args[options.length + 4] = target.toString();
    assertEquals(ExitCode.OK, cli.run(args), cli.err.toString());
    return Files.readString(target).replaceAll("\\s+", "");
  }

  @Test
  void theSummaryCountsFormattingChanges() throws Exception {
    String json = compare();
    assertTrue(cli.out.toString().contains(", 3 formatting"), cli.out.toString());
    assertTrue(cli.out.toString().contains("Articles  2 modified, 1 reformatted"), cli.out.toString());
    assertTrue(json.contains("\"kind\":\"formatting\""), "formatting edits in the report");
  }

  @Test
  void ignoringFormattingLeavesOnlyTheWordChanges() throws Exception {
    String json = compare("--ignore-formatting");
    assertTrue(!cli.out.toString().contains("formatting"), cli.out.toString());
    assertTrue(cli.out.toString().contains("Articles  1 unchanged, 2 modified"), cli.out.toString());
    assertTrue(!json.contains("\"kind\":\"formatting\""), "no formatting edit in the report");
    assertTrue(json.contains("\"new\":\"andofrainfall\""), "the word changes are still there");
  }
}
