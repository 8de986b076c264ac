package dev.redline.bench;

import dev.redline.align.Aligner;
import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Alignment;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Times the clause diff (ClauseDiffer.compare on an existing alignment) of generated pairs of 500
 * to 2,000 articles, and reports the peak heap the JVM's memory pools saw.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -Xmx1g -cp
 * "bench/target/classes:$(cat bench/target/classpath)" dev.redline.bench.DiffBenchmark}. With
 * {@code -Xmx1g} the run itself shows that the work fits in 1 GB of heap.
 */
public final class DiffBenchmark {
  private DiffBenchmark() {}

  public static void main(String[] args) throws Exception {
    Draft template = AlignmentBenchmark.template();
    ClauseDiffer differ = new ClauseDiffer();
    for (int size : new int[] {500, 1000, 2000}) {
      Draft base = SyntheticDrafts.of(template, size, 1);
      PairGenerator.Pair pair = new PairGenerator(PairGenerator.Settings.standard()).generate(base, 1);
      Alignment alignment = new Aligner().align(pair.oldDraft(), pair.newDraft());
      long best = Long.MAX_VALUE;
      Comparison comparison = null;
      for (int run = 0; run < 5; run++) {
        long start = System.nanoTime();
        comparison = differ.compare(alignment);
        best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
      }
      System.out.printf(Locale.ROOT, "diff %d x %d articles: %d ms (best of 5, in-process, after warm-up); %d clauses changed%n",
          size, size, best, comparison.statistics().clausesChanged());
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "peak heap used (sum of pool peaks): %d MB; max heap %d MB%n",
        peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }
}
