package dev.redline.bench;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.demands.DemandChecker;
import dev.redline.demands.DemandsFile;
import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Alignment;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.read.DraftReaders;
import dev.redline.report.docx.DocxRedlineWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Measures every stage from 1x to 16x the size of a 60-page draft (150 articles at 1x): wall time
 * (best of 3, in-process, after a warm-up) and peak heap per stage, the whole process through the
 * command line (JVM start included) and, on the same text files, {@code git diff --no-index
 * --word-diff}; then the growth exponent from 1x to 16x. Prints a Markdown table.
 *
 * <p>Run: {@code mvn -B -q package -DskipTests && java -Xmx2g -cp "bench/target/classes:$(cat
 * bench/target/classpath)" dev.redline.bench.ScaleBenchmark cli/target/redline.jar [FOLDER]}. The drafts
 * (text, Word, PDF; see {@link ScaledDrafts}) are made in FOLDER (default {@code bench/target/scaled})
 * on the first run and reused.
 */
public final class ScaleBenchmark {
  private static final int ARTICLES_AT_1X = ScaledDrafts.ARTICLES_AT_1X;
  private static final int[] SCALES = {1, 2, 4, 8, 16};

  private ScaleBenchmark() {}

  /** One stage's figures at one scale. */
  private record Figure(double millis, long heapMb) {}

  public static void main(String[] args) throws Exception {
    Path jar = args.length > 0 ? Path.of(args[0]) : null;
    Path dir = Path.of(args.length > 1 ? args[1] : "bench/target/scaled");
    Map<String, List<Figure>> figures = new LinkedHashMap<>();
    List<Integer> words = new ArrayList<>();
    run(dir, 1, new LinkedHashMap<>(), null, new ArrayList<>()); // warm-up
    for (int scale : SCALES) {
      run(dir, scale, figures, jar, words);
    }
    PrintTable.print(figures, words);
  }

  private static void run(Path dir, int scale, Map<String, List<Figure>> figures, Path jar, List<Integer> words)
      throws Exception {
    ScaledDrafts.Pair pair = ScaledDrafts.allForms(dir, scale);
    Path oldFile = pair.oldText();
    Path newFile = pair.newText();
    words.add(Files.readString(newFile).split("\\s+").length);
    Path demands = dir.resolve("demands-" + scale + "x.yaml");
    Files.writeString(demands, demandsFile(pair.newDraft()), StandardCharsets.UTF_8);
    Path oldDocx = pair.oldAs("docx");
    Path newDocx = pair.newAs("docx");
    Path oldPdf = pair.oldAs("pdf");
    Path newPdf = pair.newAs("pdf");

    Draft[] drafts = new Draft[2];
    add(figures, "read (2 files)", measure(() -> {
      drafts[0] = DraftReaders.read(oldFile);
      drafts[1] = DraftReaders.read(newFile);
      return null;
    }));
    add(figures, "read .docx (2 files)", measure(() -> {
      DraftReaders.read(oldDocx);
      return DraftReaders.read(newDocx);
    }));
    add(figures, "read .pdf (2 files)", measure(() -> {
      DraftReaders.read(oldPdf);
      return DraftReaders.read(newPdf);
    }));
    add(figures, "PDFBox getText (2 files), the floor", measure(() -> {
      PdfReadBenchmark.plainMillis(oldPdf);
      return PdfReadBenchmark.plainMillis(newPdf);
    }));
    Alignment[] alignment = new Alignment[1];
    add(figures, "align", measure(() -> alignment[0] = new Aligner().align(drafts[0], drafts[1])));
    Comparison[] comparison = new Comparison[1];
    add(figures, "diff", measure(() -> comparison[0] = new ClauseDiffer().compare(alignment[0])));
    History history = Histories.of(List.of(comparison[0]));
    DemandsFile file = DemandsFile.read(demands);
    add(figures, "demands (20)", measure(() -> new DemandChecker().check(history, file)));
    DocxRedlineWriter writer = DocxRedlineWriter.builder().date(ZonedDateTime.parse("2025-05-01T09:00:00Z")).build();
    add(figures, "Word redline", measure(() -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(comparison[0], out);
      return out.size();
    }));
    dev.redline.report.ReportWriter html =
        dev.redline.report.ReportWriter.builder(dev.redline.report.ReportFormat.HTML).date(ZonedDateTime.parse("2025-05-01T09:00:00Z")).build();
    add(figures, "HTML report", measure(() -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      html.write(comparison[0], java.util.Optional.empty(), out);
      return out.size();
    }));
    add(figures, "in-process total (read+align+diff+Word)", new Figure(
        figures.get("read (2 files)").get(last(figures)).millis() + figures.get("align").get(last(figures)).millis()
            + figures.get("diff").get(last(figures)).millis() + figures.get("Word redline").get(last(figures)).millis(), 0));
    int at = last(figures);
    double pipeline = figures.get("align").get(at).millis() + figures.get("diff").get(at).millis() + figures.get("Word redline").get(at).millis();
    double pdfIn = figures.get("read .pdf (2 files)").get(at).millis() + pipeline;
    double floor = figures.get("PDFBox getText (2 files), the floor").get(at).millis() + figures.get("read (2 files)").get(at).millis() + pipeline;
    add(figures, "in-process total, PDF in (read .pdf+align+diff+Word)", new Figure(pdfIn, 0));
    add(figures, "PDF in / (PDFBox getText + text pipeline) x100", new Figure(100 * pdfIn / floor, 0));
    if (jar != null) {
      Path out = dir.resolve("out-" + scale + "x.docx");
      add(figures, "whole process: redline compare (JVM start incl.)",
          process(List.of("java", "-jar", jar.toString(), "compare", oldFile.toString(), newFile.toString(), "-o", out.toString())));
      add(figures, "whole process, .pdf in",
          process(List.of("java", "-jar", jar.toString(), "compare", oldPdf.toString(), newPdf.toString(), "-o", out.toString())));
    }
    add(figures, "git diff --no-index --word-diff",
        process(List.of("git", "diff", "--no-index", "--word-diff", oldFile.toString(), newFile.toString())));
  }

  private static int last(Map<String, List<Figure>> figures) {
    return figures.get("read (2 files)").size() - 1;
  }

  private static void add(Map<String, List<Figure>> figures, String stage, Figure f) {
    figures.computeIfAbsent(stage, k -> new ArrayList<>()).add(f);
  }

  /** Best of three runs; the heap figure is the peak of the heap pools during the runs above what was live before. */
  private static Figure measure(Callable<?> stage) throws Exception {
    double best = Double.MAX_VALUE;
    System.gc();
    long live = heapUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      stage.call();
      best = Math.min(best, (System.nanoTime() - start) / 1e6);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return new Figure(best, Math.max(0, peak - live) >> 20);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Wall time and maximum resident set of a process, by /usr/bin/time; best of three. */
  private static Figure process(List<String> command) throws IOException, InterruptedException {
    double best = Double.MAX_VALUE;
    long rss = 0;
    for (int run = 0; run < 3; run++) {
      List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M"));
      timed.addAll(command);
      Process p = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor();
      String[] last = err.lines().reduce((a, b) -> b).orElse("0 0").split(" ");
      best = Math.min(best, Double.parseDouble(last[0]) * 1000);
      rss = Math.max(rss, Long.parseLong(last[1]) >> 10);
    }
    return new Figure(best, rss);
  }

  /** Twenty demands on the new draft: article targets spread over it, and topics. */
  static String demandsFile(Draft draft) {
    StringBuilder b = new StringBuilder("redline-demands: 1\ndemands:\n");
    int n = draft.articles().size();
    for (int i = 0; i < 15; i++) {
      String number = draft.articles().get(i * (n - 1) / 14).number();
      b.append("  - id: A").append(i).append("\n    title: t\n    numbering: Rev.2\n    target: \"").append(number)
          .append("\"\n    check: {contains-any: [intentional, \"prior judicial authorization\"]}\n");
    }
    for (String topic : List.of("electronic data", "State Party", "competent authorities", "service provider", "human rights")) {
      b.append("  - id: T").append(topic.hashCode() & 0xffff).append("\n    title: t\n    topic: [\"").append(topic)
          .append("\"]\n    check: {contains: [necessity, proportionality]}\n");
    }
    return b.toString();
  }

  /** Prints the figures as a Markdown table with growth exponents. */
  private static final class PrintTable {
    static void print(Map<String, List<Figure>> figures, List<Integer> words) {
      StringBuilder b = new StringBuilder();
      b.append("| stage |");
      for (int i = 0; i < SCALES.length; i++) {
        b.append(" ").append(SCALES[i]).append("x (").append(ARTICLES_AT_1X * SCALES[i]).append(" art., ")
            .append(Math.round(words.get(i) / 1000.0)).append("k words) |");
      }
      b.append(" exponent 1x-16x |\n|---|");
      b.append("---|".repeat(SCALES.length + 1)).append("\n");
      for (var e : figures.entrySet()) {
        List<Figure> f = e.getValue();
        b.append("| ").append(e.getKey()).append(" |");
        boolean ratio = e.getKey().contains("x100");
        for (Figure x : f) {
          if (ratio) {
            b.append(String.format(Locale.ROOT, " %.2fx |", x.millis() / 100));
            continue;
          }
          b.append(String.format(Locale.ROOT, " %.0f ms", x.millis()));
          if (x.heapMb() > 0) {
            b.append(e.getKey().startsWith("whole") || e.getKey().startsWith("git") ? " / " + x.heapMb() + " MB RSS" : " / " + x.heapMb() + " MB");
          }
          b.append(" |");
        }
        double exponent = Math.log(f.get(f.size() - 1).millis() / Math.max(0.001, f.get(0).millis())) / Math.log(16);
        b.append(ratio ? " \u2014 |\n" : String.format(Locale.ROOT, " %.2f |%n", exponent));
      }
      System.out.print(b);
    }
  }
}
