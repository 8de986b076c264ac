package dev.redline.bench;

import dev.redline.Redline;
import dev.redline.align.Aligner;
import dev.redline.model.Alignment;
import dev.redline.model.Comparison;
import dev.redline.report.ReportSettings;
import dev.redline.report.docx.DocxRedlineWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the stages on generated pairs at 1x and 16x a 60-page draft.
 *
 * <p>Run: {@code java -cp "bench/target/classes:$(cat bench/target/classpath)"
 * org.openjdk.jmh.Main StagesJmh -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StagesJmh {
  @Param({"150", "2400"})
  public int articles;

  private PairGenerator.Pair pair;
  private Alignment alignment;
  private Comparison comparison;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    pair = new PairGenerator(PairGenerator.Settings.standard())
        .generate(SyntheticDrafts.of(AlignmentBenchmark.template(), articles, 42), 42);
    alignment = new Aligner().align(pair.oldDraft(), pair.newDraft());
    comparison = Redline.compare(alignment);
  }

  @Benchmark
  public Alignment align() {
    return new Aligner().align(pair.oldDraft(), pair.newDraft());
  }

  @Benchmark
  public Comparison diff() {
    return Redline.compare(alignment);
  }

  @Benchmark
  public void word() throws IOException {
    new DocxRedlineWriter(ReportSettings.DEFAULTS).write(comparison, OutputStream.nullOutputStream());
  }
}
