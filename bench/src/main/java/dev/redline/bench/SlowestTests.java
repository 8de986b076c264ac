package dev.redline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the ten slowest test classes of the build that runs it, from the Surefire reports of every
 * module, so that a slow test shows in the commit that adds it. Run by the bench module, the last of
 * the build, at {@code verify}; only reports written since the build started count.
 */
public final class SlowestTests {
  private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*?\\bname=\"([^\"]+)\"[^>]*?\\btime=\"([0-9.,]+)\"");
  private static final Pattern SUITE_TIME_FIRST = Pattern.compile("<testsuite\\b[^>]*?\\btime=\"([0-9.,]+)\"[^>]*?\\bname=\"([^\"]+)\"");

  private SlowestTests() {}

  /** One test class's time. */
  record Timing(String module, String testClass, double seconds) {}

  /**
   * Prints the table.
   *
   * @param args the project's root folder, and optionally how many rows (default 10)
   * @throws IOException when a report cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Instant since = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
    List<Timing> timings = timings(root, since);
    if (timings.isEmpty()) {
      return;
    }
    double total = timings.stream().mapToDouble(Timing::seconds).sum();
    System.out.printf(Locale.ROOT, "%nThe %d slowest of %d test classes (%.1f s in all):%n", Math.min(rows, timings.size()), timings.size(), total);
    timings.stream().limit(rows).forEach(t -> System.out.printf(Locale.ROOT, "  %7.1f s  %-8s %s%n", t.seconds(), t.module(), t.testClass()));
  }

  /** Every test class's time in the reports under {@code root}'s modules written since {@code since}, slowest first. */
  static List<Timing> timings(Path root, Instant since) throws IOException {
    List<Timing> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        Path reports = module.resolve("target/surefire-reports");
        if (!Files.isDirectory(reports)) {
          continue;
        }
        try (Stream<Path> files = Files.list(reports)) {
          for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
              continue;
            }
            String head = head(file);
            Matcher m = SUITE.matcher(head);
            if (m.find()) {
              out.add(new Timing(module.getFileName().toString(), m.group(1), seconds(m.group(2))));
            } else if ((m = SUITE_TIME_FIRST.matcher(head)).find()) {
              out.add(new Timing(module.getFileName().toString(), m.group(2), seconds(m.group(1))));
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingDouble(Timing::seconds).reversed());
    return out;
  }

  private static String head(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static double seconds(String text) {
    return Double.parseDouble(text.replace(",", ""));
  }
}
