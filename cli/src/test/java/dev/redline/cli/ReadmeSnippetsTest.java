package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets compile and print what the README shows: each ```java block becomes a
 * class, runs in a fresh JVM in a folder holding the sample drafts, and its output must equal the
 * ```text block right after it.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```\\s*(?:```text\\n(.*?)```)?", Pattern.DOTALL);
  private static final String IMPORTS =
      "import dev.redline.Redline; import dev.redline.model.*; import dev.redline.read.*; import dev.redline.align.*; import dev.redline.diff.*;"
          + " import dev.redline.demands.*; import dev.redline.report.*; import dev.redline.report.docx.*; import java.io.*;"
          + " import java.nio.file.*; import java.time.*; import java.util.*;\n";

  @TempDir Path dir;

  @Test
  void everySnippetCompilesRunsAndPrintsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String f : List.of("rev1.txt", "rev2.txt", "rev3.txt")) {
      Files.copy(Fixtures.draft("cybercrime", f), dir.resolve(f));
    }
    Files.copy(Fixtures.root().resolve("demands/cybercrime-letters.yaml"), dir.resolve("cybercrime-letters.yaml"));
    Matcher m = BLOCK.matcher(readme);
    List<String[]> snippets = new ArrayList<>();
    while (m.find()) {
      snippets.add(new String[] {m.group(1), m.group(2)});
    }
    assertTrue(snippets.size() >= 3, "the README has its snippets");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("java.class.path");
    for (int i = 0; i < snippets.size(); i++) {
      String name = "Snippet" + i;
      Path source = dir.resolve(name + ".java");
      Files.writeString(source, IMPORTS + "public class " + name + " { public static void main(String[] args) throws Exception {\n"
          + snippets.get(i)[0] + "\n} }\n");
      int compiled = compiler.run(null, null, null, "-cp", classpath, "-d", classes.toString(), source.toString());
      assertEquals(0, compiled, "README snippet " + (i + 1) + " compiles:\n" + snippets.get(i)[0]);
      Process p =
          new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp", classes + java.io.File.pathSeparator + classpath, name)
              .directory(dir.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), "README snippet " + (i + 1) + " runs:\n" + snippets.get(i)[0]);
      if (snippets.get(i)[1] != null) {
        assertEquals(snippets.get(i)[1].strip(), output.strip(), "README snippet " + (i + 1) + " prints what the README shows");
      }
    }
  }
}
