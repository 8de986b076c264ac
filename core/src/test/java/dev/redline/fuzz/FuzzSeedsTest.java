package dev.redline.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed and every finding kept for the byte-array fuzz targets of {@link ReadersFuzzTest} and
 * {@link StrictInputsFuzzTest} ends in a result or in the documented exception. This replays them as
 * a plain test in every build; the Jazzer classes themselves, which take seconds to instrument the
 * code, run with {@code -Pfull} and when fuzzing ({@code JAZZER_FUZZ=1}).
 */
class FuzzSeedsTest {
  static List<Arguments> inputs() throws IOException, URISyntaxException {
    List<Arguments> out = new ArrayList<>();
    for (String inputs : List.of("ReadersFuzzTestInputs", "StrictInputsFuzzTestInputs")) {
      Path root = Path.of(FuzzSeedsTest.class.getResource(inputs).toURI());
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          out.add(Arguments.of(root.relativize(file).getName(0).toString(), root.relativize(file).toString(), file));
        }
      }
    }
    assertTrue(out.size() >= 6, "a seed for each target: " + out);
    return out;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("inputs")
  void endsInAResultOrTheDocumentedRefusal(String target, String name, Path file) throws Exception {
    byte[] data = Files.readAllBytes(file);
    ReadersFuzzTest fuzz = new ReadersFuzzTest();
    switch (target) {
      case "textReader" -> fuzz.textReader(data);
      case "markdownReader" -> fuzz.markdownReader(data);
      case "wordReader" -> fuzz.wordReader(data);
      case "pdfReader" -> fuzz.pdfReader(data);
      case "demandsParser" -> fuzz.demandsParser(data);
      case "strictYaml" -> new StrictInputsFuzzTest().strictYaml(data);
      default -> throw new AssertionError("a fuzz input for no known target: " + name);
    }
  }
}
