package dev.redline.bench;

import dev.redline.Redline;
import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandsFile;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.Alignment;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import dev.redline.report.ReportFormat;
import dev.redline.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The 1,000-page benchmark: the fixture convention's first {@value RepetitiveDrafts#BLOCK}
 * provisions repeated 1, 8 and 40 times ({@link RepetitiveDrafts}; 40 copies are 1,920 articles,
 * 2 MB of text a draft, about 1,000 printed pages), edited by {@link PairGenerator}'s standard mix.
 * It runs {@code redline compare} from text to Word as a whole process (the {@code ./redline}
 * launcher, with {@code -Xmx1g}) several times at each size and prints the minimum and median wall
 * time, the median CPU time (the steadier figure on a shared machine), the peak resident memory and
 * the growth exponent from 1x to 40x (the slope of log time against log size); then, in this JVM, each stage's peak heap at 40x: read, align, diff, demands
 * (twenty demands) and write. Figures are printed, never asserted.
 *
 * <p>Run from the project's folder, after {@code mvn -B -q package -DskipTests}: {@code java -Xmx1g
 * -cp "bench/target/classes:$(cat bench/target/classpath)" dev.redline.bench.RepetitiveBenchmark
 * [RUNS] [FOLDER]} (default 5 runs, folder {@code bench/target/repetitive}). Run it with {@code -Xmx1g}:
 * the stage figures then also show that every stage fits in 1 GB.
 */
public final class RepetitiveBenchmark {
  private static final int[] COPIES = {1, 8, 40};
  private static final String DATE = "2025-05-01T09:00:00Z";

  private RepetitiveBenchmark() {}

  /** Writes the pair of this many copies into the folder as {@code old-Nx.txt} and {@code new-Nx.txt}. */
  public static ScaledDrafts.Pair pair(Path folder, int copies) throws IOException, DraftReadException {
    Draft base = RepetitiveDrafts.of(AlignmentBenchmark.template(), RepetitiveDrafts.BLOCK, copies);
    return ScaledDrafts.write(folder, copies, new PairGenerator(PairGenerator.Settings.standard()).generate(base, 42));
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path folder = Path.of(args.length > 1 ? args[1] : "bench/target/repetitive");
    Path launcher = Path.of("redline").toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      System.err.println("run from the project's folder: ./redline not found");
      System.exit(2);
    }
    System.out.printf(Locale.ROOT, "Whole process: ./redline compare OLD.txt NEW.txt -o OUT.docx (REDLINE_JAVA_OPTS=-Xmx1g), %d runs each;"
        + " load average before: %.2f%n", runs, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("| copies | articles (old / new) | text (old + new) | wall min | wall median | CPU (user + sys) median | peak RSS |");
    System.out.println("|---|---|---|---|---|---|---|");
    double[] medians = new double[COPIES.length];
    ScaledDrafts.Pair largest = null;
    for (int k = 0; k < COPIES.length; k++) {
      ScaledDrafts.Pair pair = pair(folder, COPIES[k]);
      largest = pair;
      Path out = folder.resolve("out-" + COPIES[k] + "x.docx");
      List<String> command = List.of("/usr/bin/time", "-f", "%e %M %U %S", launcher.toString(), "compare",
          pair.oldText().toString(), pair.newText().toString(), "-o", out.toString(), "--date", DATE);
      double[] walls = new double[runs];
      double[] cpus = new double[runs];
      long rss = 0;
      for (int r = 0; r < runs; r++) {
        double[] result = process(command);
        walls[r] = result[0];
        cpus[r] = result[2];
        rss = Math.max(rss, (long) result[1]);
      }
      Arrays.sort(walls);
      Arrays.sort(cpus);
      medians[k] = walls[runs / 2];
      System.out.printf(Locale.ROOT, "| %dx | %,d / %,d | %.1f MB | %.2f s | %.2f s | %.2f s | %d MB |%n", COPIES[k], pair.oldDraft().articles().size(),
          pair.newDraft().articles().size(), (Files.size(pair.oldText()) + Files.size(pair.newText())) / 1e6, walls[0], medians[k],
          cpus[runs / 2], rss >> 10);
    }
    int last = COPIES.length - 1;
    System.out.printf(Locale.ROOT, "Growth exponent 1x to %dx (median wall times): %.2f%n%n", COPIES[last],
        Math.log(medians[last] / medians[0]) / Math.log((double) COPIES[last] / COPIES[0]));
    stages(largest, folder);
  }

  /** Each stage of the largest pair in this JVM: time, and the peak and the live heap when it ends. */
  private static void stages(ScaledDrafts.Pair pair, Path folder) throws Exception {
    Path demands = folder.resolve("demands-" + pair.scale() + "x.yaml");
    Files.writeString(demands, ScaleBenchmark.demandsFile(pair.newDraft()), StandardCharsets.UTF_8);
    Path out = folder.resolve("in-process-" + pair.scale() + "x.docx");
    ReportWriter writer = ReportWriter.builder(ReportFormat.DOCX).date(ZonedDateTime.parse(DATE)).build();
    Draft[] drafts = new Draft[2];
    Alignment[] alignment = new Alignment[1];
    Comparison[] comparison = new Comparison[1];
    Map<String, Callable<?>> stages = new java.util.LinkedHashMap<>();
    stages.put("read (2 files)", () -> {
      drafts[0] = DraftReaders.read(pair.oldText());
      return drafts[1] = DraftReaders.read(pair.newText());
    });
    stages.put("align", () -> alignment[0] = new Aligner().align(drafts[0], drafts[1]));
    stages.put("diff", () -> comparison[0] = Redline.compare(alignment[0]));
    stages.put("demands (20)", () -> new DemandChecker().check(Histories.of(List.of(comparison[0])), DemandsFile.read(demands)));
    stages.put("write (Word)", () -> {
      try (OutputStream o = Files.newOutputStream(out)) {
        writer.write(comparison[0], Optional.empty(), o);
      }
      return null;
    });
    // A warm-up on the smallest pair first, so that the figures are not the JIT compiler's.
    ScaledDrafts.Pair small = pair(folder, COPIES[0]);
    Draft a = DraftReaders.read(small.oldText());
    Draft b = DraftReaders.read(small.newText());
    writer.write(Redline.compare(a, b), Optional.empty(), OutputStream.nullOutputStream());

    System.out.printf(Locale.ROOT, "Stages at %dx in one JVM (max heap %d MB), one run each after a warm-up at 1x:%n", pair.scale(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("| stage | wall | CPU of this thread | peak heap during the stage | live heap after it |");
    System.out.println("|---|---|---|---|---|");
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (var stage : stages.entrySet()) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      stage.getValue().call();
      long millis = (System.nanoTime() - start) / 1_000_000;
      long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      long peak = heap(true);
      System.gc();
      System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | %d MB | %d MB |%n", stage.getKey(), millis, cpuMillis, peak >> 20, heap(false) >> 20);
    }
    System.out.println("(peak: the sum of the heap pools' peaks, garbage not yet collected included; live: after a full collection)");
  }

  private static long heap(boolean peak) {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += peak ? pool.getPeakUsage().getUsed() : pool.getUsage().getUsed();
      }
    }
    return sum;
  }

  /** Runs the command under /usr/bin/time: wall seconds, peak resident kilobytes, CPU seconds (user + system). */
  private static double[] process(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("REDLINE_JAVA_OPTS", "-Xmx1g");
    long start = System.nanoTime();
    Process p = builder.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int code = p.waitFor();
    long wall = System.nanoTime() - start;
    if (code != 0) {
      throw new IOException(String.join(" ", command) + " failed (" + code + "):\n" + err);
    }
    String[] last = err.lines().reduce((x, y) -> y).orElse("0 0 0 0").split(" ");
    return new double[] {wall / 1e9, Double.parseDouble(last[1]), Double.parseDouble(last[2]) + Double.parseDouble(last[3])};
  }
}
