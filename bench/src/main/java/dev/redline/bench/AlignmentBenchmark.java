package dev.redline.bench;

import dev.redline.align.Aligner;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Alignment;
import dev.redline.model.Draft;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Measures the aligner on generated pairs and prints precision, recall and F1 overall and per
 * change kind, the same on drafts that repeat a block of 48 provisions 1, 8 and 40 times ({@link
 * RepetitiveDrafts}), then the time to align two drafts of 2,000 articles.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath)" dev.redline.bench.AlignmentBenchmark [pairs] [seed]}, or through the test
 * {@code AlignmentBenchmarkTest}, which prints the same table.
 */
public final class AlignmentBenchmark {
  private AlignmentBenchmark() {}

  /** The template every generated draft is made from: the fixture convention's Rev.3. */
  public static Draft template() throws DraftReadException {
    return DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"));
  }

  /**
   * Aligns {@code pairs} generated pairs, their sizes cycling through 55, 120, 250 and 500
   * articles, and returns the score.
   */
  public static AlignmentScore score(int pairs, long seed) throws DraftReadException {
    Draft template = template();
    int[] sizes = {55, 120, 250, 500};
    PairGenerator generator = new PairGenerator(PairGenerator.Settings.standard());
    Aligner aligner = new Aligner();
    AlignmentScore score = new AlignmentScore();
    for (int p = 0; p < pairs; p++) {
      int size = sizes[p % sizes.length];
      Draft base = size == template.articles().size() ? template : SyntheticDrafts.of(template, size, seed + p);
      PairGenerator.Pair pair = generator.generate(base, seed * 1_000 + p);
      Alignment alignment = aligner.align(pair.oldDraft(), pair.newDraft());
      score.add(alignment, pair.truth());
    }
    return score;
  }

  /**
   * Aligns {@code pairs} generated pairs made from a draft that repeats the template's first {@link
   * RepetitiveDrafts#BLOCK} articles {@code copies} times, and returns the score.
   */
  public static AlignmentScore repetitiveScore(int copies, int pairs, long seed) throws DraftReadException {
    Draft base = RepetitiveDrafts.of(template(), RepetitiveDrafts.BLOCK, copies);
    PairGenerator generator = new PairGenerator(PairGenerator.Settings.standard());
    Aligner aligner = new Aligner();
    AlignmentScore score = new AlignmentScore();
    for (int p = 0; p < pairs; p++) {
      PairGenerator.Pair pair = generator.generate(base, seed * 1_000 + p);
      score.add(aligner.align(pair.oldDraft(), pair.newDraft()), pair.truth());
    }
    return score;
  }

  /** Milliseconds to align two generated drafts of this many articles: the best of a few runs. */
  public static long alignMillis(int articles, long seed) throws DraftReadException {
    Draft base = SyntheticDrafts.of(template(), articles, seed);
    PairGenerator.Pair pair = new PairGenerator(PairGenerator.Settings.standard()).generate(base, seed);
    Aligner aligner = new Aligner();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      aligner.align(pair.oldDraft(), pair.newDraft());
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
    }
    return best;
  }

  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    PrintStream out = System.out;
    long start = System.nanoTime();
    AlignmentScore score = score(pairs, seed);
    out.printf(Locale.ROOT, "Alignment on %d generated pairs (seed %d), %.1f s:%n", pairs, seed, (System.nanoTime() - start) / 1e9);
    out.print(score.report());
    int[][] repetitive = {{1, 40}, {8, 10}, {40, 3}}; // copies, pairs
    for (int[] run : repetitive) {
      long began = System.nanoTime();
      AlignmentScore r = repetitiveScore(run[0], run[1], seed);
      out.printf(Locale.ROOT, "%nRepetitive drafts: %d provisions x %d copies, %d pairs (seed %d), %.1f s:%n", RepetitiveDrafts.BLOCK, run[0],
          run[1], seed, (System.nanoTime() - began) / 1e9);
      out.print(r.report());
    }
    out.println();
    for (int size : new int[] {500, 1000, 2000}) {
      out.printf(Locale.ROOT, "align %d x %d articles: %d ms (best of 5, in-process, after warm-up)%n", size, size, alignMillis(size, seed));
    }
  }
}
