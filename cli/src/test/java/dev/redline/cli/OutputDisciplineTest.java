package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.GroundTruth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands print, and where: the summary, {@code --quiet}, colour, standard input as a
 * draft ({@code -}) and standard output as the report ({@code -o -}).
 */
class OutputDisciplineTest {
  private static final String DATE = "2024-06-14T09:30:00Z";
  private static final List<String> KIND_ORDER =
      List.of("unchanged", "renumbered", "retitled", "moved", "modified", "references updated", "reformatted", "inserted", "deleted", "split",
          "merged");

  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;
  private final InputStream systemIn = System.in;
  private final PrintStream systemOut = System.out;

  @AfterEach
  void restoreStreams() {
    System.setIn(systemIn);
    System.setOut(systemOut);
  }

  private int run(String... args) {
    return cli.run(args);
  }

  private static String fixture(String name) {
    return Fixtures.draft("cybercrime", name).toString();
  }

  /** The articles line the summary should print, counted from the hand-written truth file. */
  private static String articlesLine(String truth) {
    GroundTruth t = GroundTruth.read(Fixtures.truths("cybercrime").resolve(truth));
    Map<Integer, String> parts = new TreeMap<>();
    for (String kind : KIND_ORDER) {
      long n = t.links().stream().filter(l -> l.kinds().contains(kind)).count();
      if (n > 0) {
        parts.put(KIND_ORDER.indexOf(kind), n + " " + kind);
      }
    }
    return "  Articles  " + String.join(", ", parts.values());
  }

  @Test
  void theSummaryCountsArticlesByKindAsTheTruthFilesDo() {
    for (String[] pair : new String[][] {{"rev1", "rev2"}, {"rev2", "rev3"}}) {
      Path target = dir.resolve(pair[0] + "-" + pair[1] + ".docx");
      assertEquals(ExitCode.OK, run("compare", fixture(pair[0] + ".txt"), fixture(pair[1] + ".txt"), "-o", target.toString()), err.toString());
      List<String> lines = out.toString().lines().toList();
      assertEquals("Wrote " + target, lines.get(0));
      assertTrue(lines.get(1).matches("Rev\\.\\d -> Rev\\.\\d: \\d+ -> \\d+ articles"), lines.get(1));
      assertEquals(articlesLine(pair[0] + "-" + pair[1] + ".truth"), lines.get(2));
      assertTrue(lines.get(3).startsWith("  Clauses   "), lines.get(3));
      assertTrue(lines.get(4).startsWith("  Edits     "), lines.get(4));
      assertTrue(lines.get(5).matches("  Words     \\d+ deleted, \\d+ inserted(, \\d+ moved)?"), lines.get(5));
      assertTrue(lines.size() <= 24, "one screen: " + lines.size() + " lines");
      assertFalse(out.toString().contains("\033["), "no colour when standard output is not a terminal");
    }
  }

  @Test
  void withDemandsTheSummaryCountsTheirStatusesInTheNewDraft() {
    Path target = dir.resolve("r.docx");
    String demands = Fixtures.root().resolve("demands/cybercrime-letters.yaml").toString();
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "--demands", demands, "-o", target.toString()), err.toString());
    // From cybercrime-letters.expected, worked out by hand: the Rev.3 column.
    List<String> rev3 = new ArrayList<>();
    for (String line : readExpected()) {
      String[] cells = line.strip().split("\\s+");
      rev3.add(cells[cells.length - 1].toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    Map<String, Long> counts = new TreeMap<>();
    rev3.forEach(s -> counts.merge(s, 1L, Long::sum));
    String last = out.toString().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("  Demands in Rev.3: "), last);
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      assertTrue(last.matches(".*[:,] " + e.getValue() + " " + e.getKey() + "(,.*|$)"), e + " in: " + last);
    }
  }

  private static List<String> readExpected() {
    try {
      return Files.readAllLines(Fixtures.root().resolve("demands/cybercrime-letters.expected")).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void colourIsOnlyPaintedWhenAsked() {
    Path target = dir.resolve("c.docx");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--color=always"));
    assertTrue(out.toString().contains("\033[32m1 inserted\033[0m"), out.toString());
    assertTrue(out.toString().contains("\033[36m51 renumbered\033[0m"), out.toString());
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--color=never"));
    assertFalse(out.toString().contains("\033"), out.toString());
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--color=sometimes"));
    assertTrue(err.toString().contains("expected auto, always or never, not 'sometimes'"), err.toString());
  }

  @Test
  void quietPrintsNothingButErrors() throws Exception {
    Path target = dir.resolve("q.docx");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString(), "--quiet"));
    assertEquals("", out.toString());
    assertEquals("", err.toString());
    assertTrue(Files.size(target) > 10_000);

    Path twice = Files.writeString(dir.resolve("twice.txt"),
        "Article 1\nScope\n\n1. This applies.\n\nArticle 1\nScope again\n\n1. This applies too.\n");
    assertEquals(ExitCode.OK, run("compare", twice.toString(), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(err.toString().contains("redline: warning: "), "without --quiet the warning shows: " + err);
    assertEquals(ExitCode.OK, run("compare", twice.toString(), fixture("rev3.txt"), "-o", target.toString(), "-q"));
    assertEquals("", err.toString(), "warnings are not errors");

    assertEquals(ExitCode.INPUT_MISSING, run("compare", dir.resolve("gone.txt").toString(), fixture("rev3.txt"), "-o", target.toString(), "-q"));
    assertEquals("redline: error: " + dir.resolve("gone.txt") + ": file not found\n", err.toString());

    assertEquals(ExitCode.OK, run("check", "--demands", Fixtures.root().resolve("demands/cybercrime-letters.yaml").toString(),
        fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", dir.resolve("t.csv").toString(), "-q"));
    assertEquals("", out.toString() + err.toString());
  }

  @Test
  void aDraftOnStandardInputReadsLikeTheFile() throws Exception {
    for (String form : List.of("rev3.txt", "rev3.docx", "rev3.pdf", "rev3.md")) {
      assertEquals(ExitCode.OK, run("parse", "--format", "json", fixture(form)), form + ": " + err);
      String fromFile = out.toString();
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(Fixtures.draft("cybercrime", form))));
      assertEquals(ExitCode.OK, run("parse", "--format", "json", "-"), form + ": " + err);
      String asRead = fromFile.replace("\"source\" : \"" + fixture(form) + "\"", "\"source\" : \"standard input\"")
          .replace("\"file\" : \"" + form + "\"", "\"file\" : \"stdin" + form.substring(form.indexOf('.')) + "\"");
      assertEquals(asRead, out.toString(), form);
    }
  }

  @Test
  void standardInputIsReadOnceAndABadOneIsNamed() {
    System.setIn(new ByteArrayInputStream(new byte[0]));
    assertEquals(ExitCode.USAGE, run("compare", "-", "-", "-o", dir.resolve("x.md").toString()));
    assertTrue(err.toString().contains("standard input (-) can be read only once"), err.toString());
    assertEquals(ExitCode.INPUT_UNUSABLE, run("compare", fixture("rev2.txt"), "-", "-o", dir.resolve("x.md").toString()));
    assertTrue(err.toString().startsWith("redline: error: standard input: "), err.toString());
    assertFalse(Files.exists(dir.resolve("x.md")));
  }

  @Test
  void theReportGoesToStandardOutputWithDashO() throws Exception {
    Path file = dir.resolve("r.md");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", file.toString(), "--date", DATE));
    List<String> summary = out.toString().lines().skip(1).toList();
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", "-", "--format", "md", "--date", DATE));
    assertEquals(Files.readString(file), out.toString(), "only the report on standard output");
    assertEquals(summary, err.toString().lines().toList(), "the summary goes to standard error");

    Path docx = dir.resolve("r.docx");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", docx.toString(), "--date", DATE));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true));
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", "-", "--format", "docx", "--date", DATE));
    assertArrayEquals(Files.readAllBytes(docx), bytes.toByteArray(), "the Word file, byte for byte");
    assertEquals("", out.toString());

    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", "-"));
    assertTrue(err.toString().contains("writing to standard output (-o -) needs --format"), err.toString());
    assertEquals(ExitCode.OK, run("check", "--demands", Fixtures.root().resolve("demands/cybercrime-letters.yaml").toString(),
        fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", "-", "--format", "csv"));
    assertTrue(out.toString().startsWith("id,"), out.toString());
  }
}
