package dev.redline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redline compare} on a pair of PDFs, run as a user runs it: in a real terminal (tmux), with
 * standard error piped, and with {@code --quiet}. The everyday tests use the fixture convention's
 * Rev.2 and Rev.3 (as PDF where pages are counted, as text where nothing may show); the slow one
 * (run with {@code -Pfull}) the benchmark's 300-page pair.
 * Progress is redrawn at most ten times a second, but its first and last frames are always drawn, so
 * what is asserted holds on a machine of any speed.
 */
class ProgressInTerminalTest {
  private static final Path JAR = Path.of("../cli/target/redline.jar").toAbsolutePath().normalize();

  @TempDir static Path dir;

  @BeforeAll
  static void jar() {
    assertTrue(Files.isRegularFile(JAR), "the command line's jar is built before the bench module: " + JAR);
  }

  private static Path oldPdf() {
    return Fixtures.draft("cybercrime", "rev2.pdf");
  }

  private static Path newPdf() {
    return Fixtures.draft("cybercrime", "rev3.pdf");
  }

  private static Path oldText() {
    return Fixtures.draft("cybercrime", "rev2.txt");
  }

  private static Path newText() {
    return Fixtures.draft("cybercrime", "rev3.txt");
  }

  private static int pages(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return document.getNumberOfPages();
    }
  }

  private static String commandLine(List<String> args) {
    StringBuilder command = new StringBuilder("java -XX:TieredStopAtLevel=1 -jar '" + JAR + "'");
    for (String a : args) {
      command.append(" '").append(a).append("'");
    }
    return command.toString();
  }

  /** Runs compare in a terminal and checks what a user sees there: progress while it works, then only the summary. */
  private static void showsProgressThenTheSummary(Path oldPdf, Path newPdf, String summary) throws Exception {
    Path out = dir.resolve("tty-" + oldPdf.getFileName() + ".docx");
    Terminal.Run run = Terminal.run(dir, commandLine(List.of("compare", oldPdf.toString(), newPdf.toString(), "-o", out.toString())));
    String received = run.received();
    String screen = run.screen();
    assertTrue(screen.contains("EXIT=0"), screen);
    Pattern frame = Pattern.compile("Reading " + Pattern.quote(oldPdf.getFileName().toString()) + " \\(1 of 2\\)  \\[[=> ]{24}\\] (\\d+)/(\\d+) pages");
    Set<Integer> shown = new TreeSet<>();
    Matcher m = frame.matcher(received);
    int last = -1;
    while (m.find()) {
      shown.add(Integer.parseInt(m.group(1)));
      last = Integer.parseInt(m.group(2));
    }
    int total = last;
    assertEquals(pages(oldPdf), total, "the progress counts the draft's pages: " + received);
    assertTrue(shown.contains(total), "and reaches the last page: " + shown);
    assertTrue(shown.stream().anyMatch(p -> p < total), "after starting below it: " + shown);
    assertTrue(received.contains("Reading " + newPdf.getFileName() + " (2 of 2)"), received);
    assertTrue(received.contains("Aligning 2 drafts"), received);
    assertTrue(received.contains("Writing " + out.getFileName()), received);
    assertTrue(screen.contains("Wrote " + out), screen);
    assertTrue(screen.contains(summary), screen);
    assertFalse(screen.contains("Reading") || screen.contains("pages"), "no progress left on the screen:\n" + screen);
    assertTrue(received.contains("\033[32m"), "the summary is coloured in a terminal");
    assertFalse(received.contains("\tat ") || received.contains("Exception"), received);
  }

  @Test
  void aTerminalShowsProgressThatIsClearedBeforeTheSummary() throws Exception {
    showsProgressThenTheSummary(oldPdf(), newPdf(), "Rev.2 -> Rev.3: 54 -> 55 articles");
  }

  @Test
  @Tag("slow")
  void aThreeHundredPageRunShowsProgressThatIsClearedBeforeTheSummary() throws Exception {
    ScaledDrafts.Pair pair = ScaledDrafts.allForms(Path.of("target/scaled"), 5);
    showsProgressThenTheSummary(pair.oldAs("pdf"), pair.newAs("pdf"), "Rev.1 -> Rev.2: 750 -> 750 articles");
  }

  @Test
  void quietShowsNothingInATerminal() throws Exception {
    Path out = dir.resolve("quiet.docx");
    Terminal.Run run = Terminal.run(dir, commandLine(List.of("compare", oldText().toString(), newText().toString(), "-o", out.toString(), "--quiet")));
    assertEquals("EXIT=0", run.screen().strip(), "the whole screen");
    assertTrue(Files.size(out) > 10_000);
  }

  @Test
  void pipedOutputHasNoProgress() throws Exception {
    Path out = dir.resolve("piped.docx");
    Path errFile = dir.resolve("piped.err");
    List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "compare", oldText().toString(), newText().toString(),
        "-o", out.toString()));
    Process p = new ProcessBuilder(command).redirectError(errFile.toFile()).start();
    byte[] stdout = p.getInputStream().readAllBytes(); // ends when the process does
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "hang guard");
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    String outText = new String(stdout, StandardCharsets.UTF_8);
    assertFalse(err.contains("\r") || err.contains("Reading") || err.contains("\033"), err);
    assertFalse(outText.contains("\033"), "no colour in a pipe: " + outText);
    assertTrue(outText.startsWith("Wrote " + out + "\nRev.2 -> Rev.3: 54 -> 55 articles\n"), outText);
  }
}
