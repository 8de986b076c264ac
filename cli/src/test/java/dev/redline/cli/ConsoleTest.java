package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When progress and colour appear, and that progress never garbles the lines printed after it. */
class ConsoleTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Console console(boolean quiet, Console.Colour colour, Console.Terminals terminals, Map<String, String> env) {
    return new Console(new PrintWriter(out), new PrintWriter(err), quiet, colour, terminals, env);
  }

  @Test
  void progressIsDrawnOnATerminalAndClearedBeforeTheNextMessage() {
    Console c = console(false, Console.Colour.AUTO, new Console.Terminals(false, true), Map.of());
    c.step("Reading big.pdf", 150, 300, "pages");
    assertEquals("\r\033[KReading big.pdf  [============>           ] 150/300 pages", err.toString());
    c.warning("big.pdf: p. 3: two columns");
    assertTrue(err.toString().endsWith("pages\r\033[Kredline: warning: big.pdf: p. 3: two columns\n"), err.toString());
    c.stage("Aligning 2 drafts");
    c.info("Wrote out.docx");
    assertTrue(err.toString().endsWith("\r\033[KAligning 2 drafts\r\033[K"), "the line is cleared before the summary: " + err);
    assertEquals("Wrote out.docx\n", out.toString());
  }

  @Test
  void aLongLabelIsShortenedSoTheLineNeverWraps() {
    Console c = console(false, Console.Colour.AUTO, new Console.Terminals(false, true), Map.of());
    c.step("Reading " + "a-very-long-file-name-".repeat(6) + ".pdf", 1, 20_000, "pages");
    String line = err.toString().substring("\r\033[K".length());
    assertTrue(line.length() <= 79, line.length() + ": " + line);
    assertTrue(line.contains("...  [>"), line);
  }

  @Test
  void noProgressWhenStandardErrorIsNotATerminalOrWhenQuiet() {
    console(false, Console.Colour.AUTO, new Console.Terminals(true, false), Map.of()).step("Reading x.pdf", 1, 2, "pages");
    console(true, Console.Colour.AUTO, new Console.Terminals(true, true), Map.of()).step("Reading x.pdf", 1, 2, "pages");
    assertEquals("", err.toString());
  }

  @Test
  void colourFollowsTheTerminalNoColorAndTheOption() {
    Console.Terminals tty = new Console.Terminals(true, true);
    assertTrue(console(false, Console.Colour.AUTO, tty, Map.of()).colour());
    assertFalse(console(false, Console.Colour.AUTO, tty, Map.of("NO_COLOR", "1")).colour(), "NO_COLOR set");
    assertTrue(console(false, Console.Colour.AUTO, tty, Map.of("NO_COLOR", "")).colour(), "NO_COLOR empty counts as unset");
    assertFalse(console(false, Console.Colour.AUTO, new Console.Terminals(false, true), Map.of()).colour(), "output piped");
    assertTrue(console(false, Console.Colour.ALWAYS, Console.Terminals.NONE, Map.of("NO_COLOR", "1")).colour());
    assertFalse(console(false, Console.Colour.NEVER, tty, Map.of()).colour());
    assertEquals(Console.Terminals.NONE, Console.Terminals.ofThisProcess(Map.of("TERM", "dumb")));
  }
}
