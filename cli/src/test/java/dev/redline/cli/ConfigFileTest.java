package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults from {@code redline.yaml}: they apply, a command's section overrides the top, the command line wins. */
class ConfigFileTest {
  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String settings, String... args) throws Exception {
    Path file = dir.resolve("redline.yaml");
    Files.writeString(file, settings);
    return cli.run(Redline.commandLine(file), args);
  }

  private static String fixture(String name) {
    return Fixtures.draft("cybercrime", name).toString();
  }

  private static String documentXml(Path docx) throws Exception {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void authorAndDateComeFromTheFileAndTheCommandLineWins() throws Exception {
    String settings = "# our delegation's defaults\nauthor: Delegation of Freedonia\ndate: 2024-06-14T09:30:00Z\n";
    Path target = dir.resolve("r.docx");
    assertEquals(ExitCode.OK, run(settings, "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()), err.toString());
    String xml = documentXml(target);
    assertTrue(xml.contains("w:author=\"Delegation of Freedonia\""), "author from the file");
    assertTrue(xml.contains("w:date=\"2024-06-14T09:30:00Z\""), "date from the file");
    assertFalse(xml.contains("w:author=\"Redline\""));

    assertEquals(ExitCode.OK, run(settings, "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--author", "Legal Office"));
    xml = documentXml(target);
    assertTrue(xml.contains("w:author=\"Legal Office\""), "the command line wins");
    assertFalse(xml.contains("Freedonia"));
  }

  @Test
  void aCommandsSectionOverridesTheTopForThatCommandOnly() throws Exception {
    String settings = "quiet: true\ncolor: always\ncompare:\n  quiet: false\n";
    Path target = dir.resolve("r.md");
    assertEquals(ExitCode.OK, run(settings, "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(out.toString().startsWith("Wrote " + target), "compare: quiet false from its section: " + out);
    assertTrue(out.toString().contains("\033[32m"), "colour from the top: " + out);
    assertEquals(ExitCode.OK, run(settings, "history", fixture("rev1.txt"), fixture("rev2.txt"), "-o", dir.resolve("h.md").toString()));
    assertEquals("", out.toString(), "history: quiet from the top");
    assertEquals(ExitCode.OK, run(settings, "history", fixture("rev1.txt"), fixture("rev2.txt"), "-o", dir.resolve("h.md").toString(), "--quiet=false"));
    assertTrue(out.toString().startsWith("Wrote "), "--quiet=false wins over the file: " + out);
  }

  @Test
  void anUnknownSettingStopsTheCommandWithItsLine() throws Exception {
    Path target = dir.resolve("r.md");
    assertEquals(ExitCode.USAGE, run("author: Me\nautor: Typo\n", "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(err.toString().startsWith("redline: error: " + dir.resolve("redline.yaml") + ":2: unknown setting 'autor'; settings are "), err.toString());
    assertFalse(Files.exists(target));

    assertEquals(ExitCode.USAGE, run("compare:\n  demands: [a, b]\n", "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(err.toString().contains("redline.yaml:2: the value of compare.demands should be a single value"), err.toString());

    assertEquals(ExitCode.USAGE, run("compare:\n  output: x.docx\n", "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(err.toString().contains("redline.yaml:2: compare has no setting 'output'"), err.toString());

    assertEquals(ExitCode.USAGE, run("author: [unclosed\n", "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(err.toString().contains("redline.yaml:2:1: invalid YAML"), err.toString());
  }

  @Test
  void aBadValueNamesTheFileThatSetIt() throws Exception {
    Path target = dir.resolve("r.docx");
    assertEquals(ExitCode.USAGE, run("author: Me\ndate: next Tuesday\n", "compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(err.toString().startsWith("redline: error: Invalid value for option '--date'"), err.toString());
    assertTrue(err.toString().contains("(the default set in " + dir.resolve("redline.yaml") + ":2)"), err.toString());
    assertFalse(Files.exists(target));
  }
}
