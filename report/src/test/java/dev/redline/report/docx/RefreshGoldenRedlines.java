package dev.redline.report.docx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the golden files of {@link DocxGoldenTest} from the redlines written today. It runs only
 * when asked, never in a build:
 *
 * <pre>
 * mvn -B -q -pl report -am test -Dtest=RefreshGoldenRedlines -Dsurefire.failIfNoSpecifiedTests=false -Dredline.golden.refresh=true
 * </pre>
 *
 * Then review every changed file (see {@link DocxGoldenTest}) before committing it.
 */
@EnabledIfSystemProperty(named = "redline.golden.refresh", matches = "true")
class RefreshGoldenRedlines {
  @Test
  void refresh() throws Exception {
    // Surefire runs in the module's folder (report/); the golden files are kept in the fixtures' sources.
    Path folder = Path.of("").toAbsolutePath().resolveSibling("fixtures").resolve("golden");
    Files.createDirectories(folder);
    for (GoldenRedlines.Pair pair : GoldenRedlines.PAIRS) {
      Path golden = folder.resolve(GoldenRedlines.golden(pair).getFileName());
      Files.writeString(golden, GoldenRedlines.redline(pair), StandardCharsets.UTF_8);
    }
  }
}
