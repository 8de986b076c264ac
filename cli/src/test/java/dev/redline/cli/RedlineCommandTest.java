package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, and the files it writes or does not. */
class RedlineCommandTest {
  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  private static String fixture(String name) {
    return Fixtures.draft("cybercrime", name).toString();
  }

  @Test
  void compareWritesTheRedlineAndSaysWhere() throws IOException {
    Path target = dir.resolve("rev2-rev3.docx");
    int code = run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString());
    assertEquals(ExitCode.OK, code, err.toString());
    assertTrue(Files.size(target) > 10_000);
    assertTrue(out.toString().startsWith("Wrote " + target), out.toString());
    assertTrue(out.toString().contains("Rev.2 -> Rev.3: 54 -> 55 articles"), out.toString());
    // CHANGES.md: 17 articles reworded (an 18th only retitled), 16 with only cross-references following the new article 4.
    assertTrue(out.toString().contains("  Articles  2 unchanged, 51 renumbered, 2 retitled, 17 modified, 16 references updated, 1 inserted\n"), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void wordDraftsCompareLikeTheirPlainText() throws IOException {
    Path fromText = dir.resolve("text.docx");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", fromText.toString()), err.toString());
    List<String> textSummary = out.toString().lines().skip(1).toList();
    out.getBuffer().setLength(0);
    Path target = dir.resolve("out.docx");
    int code = run("compare", fixture("rev2.docx"), fixture("rev3.docx"), "-o", target.toString());
    assertEquals(ExitCode.OK, code, err.toString());
    assertTrue(Files.size(target) > 10_000);
    assertEquals("Wrote " + target, out.toString().lines().findFirst().orElseThrow());
    assertEquals(textSummary, out.toString().lines().skip(1).toList());
    assertEquals("Rev.2 -> Rev.3: 54 -> 55 articles", textSummary.get(0));
    assertEquals("", err.toString(), "no warnings");
  }

  @Test
  void aDamagedWordFileIsExit4() throws IOException {
    Path noise = Files.write(dir.resolve("rev3.docx"), "not a zip at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertUnusable(noise, "is not a valid Word file: it is not a ZIP package");
  }

  @Test
  void aWord97FileIsExit4WithSaveAsAdvice() throws IOException {
    Path old = Files.write(dir.resolve("rev3.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    assertUnusable(old, "is a Word 97-2003 document (.doc), which Redline does not read; open it in Word and save it as .docx");
  }

  @Test
  void demoWritesTheFixtureRedline() throws IOException {
    Path target = dir.resolve("demo/out.docx");
    assertEquals(ExitCode.OK, run("demo", "-o", target.toString()), err.toString());
    assertTrue(Files.isRegularFile(target));
    assertTrue(out.toString().contains("Rev.2 -> Rev.3"), out.toString());
  }

  @Test
  void alignPrintsTheConcordanceOfTheChain() {
    int code = run("align", fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"));
    assertEquals(ExitCode.OK, code, err.toString());
    String md = out.toString();
    assertTrue(md.startsWith("| Rev.1 | Rev.2 | Rev.3 | Title |"), md);
    assertTrue(md.contains("| 18 | 17 | 18 | Liability of legal persons |"), md);
  }

  @Test
  void alignWritesTheFormatTheFileNameSays() throws IOException {
    Path target = dir.resolve("concordance.csv");
    assertEquals(ExitCode.OK, run("align", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()), err.toString());
    assertTrue(Files.readString(target).startsWith("Rev.2,Rev.3,Title,Rev.2 to Rev.3\r\n"));
    assertEquals(ExitCode.OK, run("align", fixture("rev2.txt"), fixture("rev3.txt"), "--format", "json"));
    assertTrue(out.toString().contains("\"rows\""), out.toString());
  }

  @Test
  void alignDrawsTheFlowDiagramAsSvg() throws IOException {
    Path target = dir.resolve("flow.svg");
    assertEquals(ExitCode.OK, run("align", fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()), err.toString());
    String svg = Files.readString(target);
    assertTrue(svg.startsWith("<svg "), svg.substring(0, 40));
    assertEquals(56, svg.split("<g class=\"band").length - 1, "one band per provision of the chain");
  }

  @Test
  void historyDrawsTheFlowDiagramAndItsHtmlEmbedsIt() throws IOException {
    Path svg = dir.resolve("history.svg");
    assertEquals(ExitCode.OK, run("history", fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", svg.toString()), err.toString());
    assertEquals(56, Files.readString(svg).split("<g class=\"band").length - 1);
    Path html = dir.resolve("history.html");
    assertEquals(ExitCode.OK, run("history", fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", html.toString()), err.toString());
    String page = Files.readString(html);
    assertTrue(page.contains("<section id=\"flow\">") && page.contains("class=\"redline-flow\""), "the history page shows the flow");
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", dir.resolve("x.svg").toString()));
    assertTrue(err.toString().contains("use history"), err.toString());
  }

  @Test
  void alignRefusesAnUnknownFormatAndASingleDraft() {
    assertEquals(ExitCode.USAGE, run("align", fixture("rev2.txt"), fixture("rev3.txt"), "--format", "pdf"));
    assertTrue(err.toString().contains("--format must be md, csv, json or svg"), err.toString());
    assertEquals(ExitCode.USAGE, run("align", fixture("rev2.txt")));
  }

  private static String demands() {
    return Fixtures.root().resolve("demands/cybercrime-letters.yaml").toString();
  }

  @Test
  void checkPrintsTheTrackerAndWritesTheSpreadsheet() throws IOException {
    Path target = dir.resolve("tracker.xlsx");
    int code = run("check", "--demands", demands(), fixture("rev1.txt"), fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString());
    assertEquals(ExitCode.OK, code, err.toString());
    assertTrue(out.toString().contains("D2   not adopted       adopted           reversed"), out.toString());
    assertTrue(Files.size(target) > 5_000);
  }

  @Test
  void aBadDemandsFileIsExit6WithLineAndColumn() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "redline-demands: 1\ndemands:\n  - id: X\n    title: t\n    topic: [x]\n    check: {mentions: x}\n");
    int code = run("check", "--demands", bad.toString(), fixture("rev2.txt"), fixture("rev3.txt"));
    assertEquals(ExitCode.DEMANDS_INVALID, code);
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("redline: error: " + bad + ":6:13: check: expected one of"), err.toString());
    assertEquals(ExitCode.INPUT_MISSING, run("check", "--demands", dir.resolve("none.yaml").toString(), fixture("rev2.txt"), fixture("rev3.txt")));
  }

  @Test
  void parsePrintsTheOutlineOfAPdfDraft() {
    int code = run("parse", fixture("rev3.pdf"));
    assertEquals(ExitCode.OK, code, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals(
        List.of(
            "Title:     Draft convention on preventing and combating the criminal misuse of information and communications technologies",
            "Symbol:    A/AC.900/4/Rev.3",
            "Revision:  Rev.3",
            "Date:      14 June 2024"),
        lines.subList(0, 4));
    assertTrue(lines.contains("Chapter I. General provisions (p. 1)"), out.toString());
    assertTrue(lines.contains("  Article 2. Use of terms: 13 clauses, 1 footnote (p. 1)"), out.toString());
    assertTrue(lines.contains("  Article 18. Liability of legal persons: 4 clauses, 1 footnote (p. 7)"), out.toString());
    assertEquals(List.of("55 articles, 9 divisions, 3 footnotes", "No warnings."), lines.subList(lines.size() - 2, lines.size()));
    assertEquals("", err.toString());
  }

  @Test
  void parseGivesTheWholeStructureAsJson() throws IOException {
    assertEquals(ExitCode.OK, run("parse", "--format", "json", fixture("rev3.pdf")), err.toString());
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertEquals("A/AC.900/4/Rev.3", root.get("symbol").asText());
    assertEquals(55, root.get("articles").size());
    var clause = root.get("articles").get(1).get("clauses").get(0).get("children").get(5);
    assertEquals("2.1.f", clause.get("path").asText());
    assertTrue(clause.get("text").asText().endsWith("of its users[^1];"), clause.toString());
    assertEquals(2, clause.get("provenance").get("page").asInt());
  }

  @Test
  void parseRefusesAnUnknownFormatAndAnUnusablePdf() throws IOException {
    assertEquals(ExitCode.USAGE, run("parse", "--format", "xml", fixture("rev3.pdf")));
    assertTrue(err.toString().contains("--format must be text or json"), err.toString());
    err.getBuffer().setLength(0);
    byte[] pdf = Files.readAllBytes(Path.of(fixture("rev3.pdf")));
    Path half = Files.write(dir.resolve("half.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
    assertEquals(ExitCode.INPUT_UNUSABLE, run("parse", half.toString()));
    assertEquals("redline: error: " + half + ": is damaged: the PDF is truncated (no end-of-file marker); download or export it again"
        + System.lineSeparator(), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void pdfDraftsCompareLikeTheirPlainText() throws IOException {
    Path fromText = dir.resolve("text.docx");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", fromText.toString()), err.toString());
    List<String> textSummary = out.toString().lines().skip(1).toList();
    out.getBuffer().setLength(0);
    Path target = dir.resolve("out.docx");
    assertEquals(ExitCode.OK, run("compare", fixture("rev2.pdf"), fixture("rev3.pdf"), "-o", target.toString()), err.toString());
    assertEquals("Wrote " + target, out.toString().lines().findFirst().orElseThrow());
    assertEquals(textSummary, out.toString().lines().skip(1).toList());
    assertEquals("", err.toString(), "no warnings");
  }

  @Test
  void missingInputIsExit3WithOneLineNamingTheFile() {
    Path target = dir.resolve("out.docx");
    Path missing = dir.resolve("rev9.txt");
    int code = run("compare", missing.toString(), fixture("rev3.txt"), "-o", target.toString());
    assertEquals(ExitCode.INPUT_MISSING, code);
    assertEquals("redline: error: " + missing + ": file not found" + System.lineSeparator(), err.toString());
    assertFalse(Files.exists(target));
  }

  @Test
  void emptyInputIsExit4() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertUnusable(empty, "file is empty");
  }

  @Test
  void binaryInputIsExit4() throws IOException {
    Path binary = Files.write(dir.resolve("draft.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0x14, 0});
    assertUnusable(binary, "holds binary data, not text");
  }

  @Test
  void textWithoutArticlesIsExit4() throws IOException {
    Path letter = Files.writeString(dir.resolve("letter.txt"), "Dear Chair,\n\nWe have concerns.\n");
    assertUnusable(letter, "no articles recognised");
  }

  private void assertUnusable(Path input, String problem) throws IOException {
    Path target = dir.resolve("out.docx");
    int code = run("compare", fixture("rev2.txt"), input.toString(), "-o", target.toString());
    assertEquals(ExitCode.INPUT_UNUSABLE, code);
    String message = err.toString();
    assertTrue(message.startsWith("redline: error: " + input + ": " + problem), message);
    assertEquals(1, message.lines().count(), message);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.filter(f -> f.getFileName().toString().contains("out.docx")).count(), "no output file");
    }
  }

  @Test
  void refusesToOverwriteAnInput() throws IOException {
    Path input = dir.resolve("rev3.txt");
    Files.copy(Path.of(fixture("rev3.txt")), input);
    byte[] before = Files.readAllBytes(input);
    int code = run("compare", fixture("rev2.txt"), input.toString(), "-o", input.toString(), "--format", "docx");
    assertEquals(ExitCode.OUTPUT_FAILED, code);
    assertTrue(err.toString().contains("is one of the input drafts"), err.toString());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), "input unchanged");
  }

  @Test
  void outputIntoAMissingFolderIsExit5() {
    Path target = dir.resolve("no/such/folder/out.docx");
    assertEquals(ExitCode.OUTPUT_FAILED, run("compare", fixture("rev2.txt"), fixture("rev3.txt"), "-o", target.toString()));
    assertTrue(err.toString().contains("does not exist"), err.toString());
  }

  @Test
  void usageErrorsAreExit2() {
    assertEquals(ExitCode.USAGE, run("compare", fixture("rev2.txt")));
    assertEquals(ExitCode.USAGE, run("frobnicate"));
    assertEquals(ExitCode.USAGE, run());
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(ExitCode.OK, run("--help"));
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
    assertTrue(out.toString().contains("3   An input file is missing or cannot be read."), out.toString());
  }

  @Test
  void versionNamesTheVersion() {
    assertEquals(ExitCode.OK, run("--version"));
    assertTrue(out.toString().matches("redline \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,}|unknown)( with uncommitted changes)?\\)\\s*"), out.toString());
  }
}
