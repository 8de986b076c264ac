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
 * class, all of them run in turn in one fresh JVM in a folder holding the sample drafts, and each
 * one's output must equal the ```text block right after it.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```\\s*(?:```text\\n(.*?)```)?", Pattern.DOTALL);
  private static final String IMPORTS =
      "import dev.redline.Redline; import dev.redline.model.*; import dev.redline.read.*; import dev.redline.align.*; import dev.redline.diff.*;"
          + " import dev.redline.demands.*; import dev.redline.report.*; import dev.redline.report.docx.*; import java.io.*;"
          + " import java.nio.file.*; import java.time.*; import java.util.*;\n";

  /** Runs each snippet class named on its command line in turn, writing what it prints to NAME.out. */
  private static final String RUNNER =
      "import java.io.*; import java.nio.file.*;\n"
          + "public class RunSnippets { public static void main(String[] names) throws Exception {\n"
          + "  PrintStream console = System.out;\n"
          + "  for (String name : names) {\n"
          + "    ByteArrayOutputStream printed = new ByteArrayOutputStream();\n"
          + "    System.setOut(new PrintStream(printed, true, \"UTF-8\"));\n"
          + "    try { Class.forName(name).getMethod(\"main\", String[].class).invoke(null, (Object) new String[0]); }\n"
          + "    finally { System.out.flush(); System.setOut(console); }\n"
          + "    Files.write(Path.of(name + \".out\"), printed.toByteArray());\n"
          + "  }\n"
          + "} }\n";

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
    List<String> sources = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      String name = "Snippet" + i;
      Path source = dir.resolve(name + ".java");
      Files.writeString(source, IMPORTS + "public class " + name + " { public static void main(String[] args) throws Exception {\n"
          + snippets.get(i)[0] + "\n} }\n");
      sources.add(source.toString());
      names.add(name);
    }
    Path runner = dir.resolve("RunSnippets.java");
    Files.writeString(runner, RUNNER);
    sources.add(runner.toString());
    List<String> javacArgs = new ArrayList<>(List.of("-cp", classpath, "-d", classes.toString()));
    javacArgs.addAll(sources);
    java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
    int compiled = compiler.run(null, null, diagnostics, javacArgs.toArray(String[]::new));
    assertEquals(0, compiled, "the README's snippets compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

    // All snippets run in one fresh JVM, one after the other, each printing into a file of its own.
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", classes + java.io.File.pathSeparator + classpath, "RunSnippets"));
    command.addAll(names);
    Path errors = dir.resolve("snippets.err");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(errors.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "hang guard");
    for (int i = 0; i < snippets.size(); i++) {
      Path output = dir.resolve(names.get(i) + ".out");
      assertTrue(Files.exists(output), "README snippet " + (i + 1) + " runs:\n" + snippets.get(i)[0] + "\n" + Files.readString(errors));
      if (snippets.get(i)[1] != null) {
        assertEquals(snippets.get(i)[1].strip(), Files.readString(output).strip(), "README snippet " + (i + 1) + " prints what the README shows");
      }
    }
    assertEquals(0, p.exitValue(), Files.readString(errors));
  }
}
