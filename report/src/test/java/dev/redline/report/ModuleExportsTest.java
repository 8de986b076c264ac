package dev.redline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.Redline;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a program on the module path can reach: the API the README's Java section uses, and not the
 * internals (alignment, the differ, the row layer), whose qualified exports go only to Redline's
 * own modules.
 */
class ModuleExportsTest {
  @Test
  void theCoreExportsItsApiAndLendsTheDifferOnlyToTheReports() throws Exception {
    ModuleDescriptor core = descriptor(Redline.class);
    assertEquals("dev.redline.core", core.name());
    assertEquals(Set.of("dev.redline", "dev.redline.model", "dev.redline.read", "dev.redline.demands"), unqualified(core));
    assertEquals(Map.of("dev.redline.diff", Set.of("dev.redline.report"), "dev.redline.internal", Set.of("dev.redline.report", "dev.redline.cli")), qualified(core));
  }

  @Test
  void theReportsExportTheirWritersButNotTheRowLayer() throws Exception {
    ModuleDescriptor report = descriptor(ReportWriter.class);
    assertEquals("dev.redline.report", report.name());
    Set<String> exported = unqualified(report);
    assertEquals(Set.of("dev.redline.report", "dev.redline.report.concordance", "dev.redline.report.docx", "dev.redline.report.flow",
        "dev.redline.report.html", "dev.redline.report.json", "dev.redline.report.markdown", "dev.redline.report.outline",
        "dev.redline.report.tracker"), exported);
    assertEquals(Map.of(), qualified(report));
  }

  private static ModuleDescriptor descriptor(Class<?> type) throws Exception {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(location).findAll().iterator().next().descriptor();
  }

  private static Set<String> unqualified(ModuleDescriptor module) {
    Set<String> packages = new TreeSet<>();
    module.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
    return packages;
  }

  private static Map<String, Set<String>> qualified(ModuleDescriptor module) {
    Map<String, Set<String>> packages = new TreeMap<>();
    module.exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(e -> packages.put(e.source(), e.targets()));
    return packages;
  }
}
