package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, sourced in a real bash, completes commands and options. */
class CompletionTest {
  @TempDir static Path dir;
  private static Path script;

  @BeforeAll
  static void writeScript() throws Exception {
    StringWriter out = new StringWriter();
    var cmd = Redline.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    assertEquals(ExitCode.OK, cmd.execute("completion"));
    script = Files.writeString(dir.resolve("redline-completion.bash"), out.toString());
  }

  /** What bash offers for the words typed so far, the last one being completed. */
  private static List<String> complete(String... words) throws Exception {
    String line = "redline " + String.join(" ", words);
    String bash =
        "source " + script + "\n"
            + "COMP_WORDS=(" + line + (words[words.length - 1].isEmpty() ? " ''" : "") + ")\n"
            + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
            + "fn=$(complete -p redline | sed -E 's/.*-F ([^ ]+).*/\\1/')\n"
            + "$fn redline \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder("bash", "-c", bash).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return output.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void completesSubcommands() throws Exception {
    List<String> offered = complete("c");
    assertTrue(offered.containsAll(List.of("compare", "check", "completion")), offered.toString());
    assertTrue(!offered.contains("align") && !offered.contains("demo"), offered.toString());
  }

  @Test
  void completesOptionsOfACommand() throws Exception {
    List<String> offered = complete("compare", "--au");
    assertEquals(List.of("--author"), offered);
    assertEquals(List.of("--article-pattern"), complete("compare", "--ar"));
    assertTrue(complete("check", "--").contains("--demands"), complete("check", "--").toString());
  }
}
