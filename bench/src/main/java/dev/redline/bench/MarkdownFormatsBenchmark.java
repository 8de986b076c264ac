package dev.redline.bench;

import dev.redline.fixtures.HeapWatch;
import dev.redline.model.Draft;
import dev.redline.model.Format;
import dev.redline.model.Inline;
import dev.redline.read.DraftReaders;
import dev.redline.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The memory of reading a large Markdown draft with emphasis: a draft of about 5 MB (or the size in
 * MB given as the first argument), written to a temporary file and deleted after, is read with
 * formatting and without, each in this JVM after a warm-up, and the most heap each reading kept
 * alive ({@link HeapWatch}) is printed, with the time and the runs found. Figures are printed, never
 * asserted.
 *
 * <pre>
 * java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath)" dev.redline.bench.MarkdownFormatsBenchmark 5
 * </pre>
 */
public final class MarkdownFormatsBenchmark {
  private MarkdownFormatsBenchmark() {}

  /** Writes the draft, reads it both ways and prints the figures. */
  public static void main(String[] args) throws Exception {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path file = Files.createTempFile("redline-formats-", ".md");
    try {
      Files.writeString(file, draft(megabytes << 20), StandardCharsets.UTF_8);
      ReadOptions options = ReadOptions.DEFAULTS.withMaxArticles(100_000);
      DraftReaders.read(file, options); // warm-up
      System.out.printf(Locale.ROOT, "Reading %s (%.1f MB of Markdown with emphasis), max heap %d MB:%n", file.getFileName(),
          Files.size(file) / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
      System.out.println("| reading | articles | formatted runs | time | most heap kept |");
      System.out.println("| --- | --- | --- | --- | --- |");
      measure("with formatting", file, options);
      measure("without formatting", file, options.withoutFormatting());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void measure(String name, Path file, ReadOptions options) throws Exception {
    long start = System.nanoTime();
    Draft draft;
    long kept;
    try (HeapWatch watch = new HeapWatch()) {
      draft = DraftReaders.read(file, options);
      kept = watch.mostKept();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long runs = draft.articles().stream().flatMap(a -> a.allClauses()).flatMap(c -> c.content().parts().stream())
        .filter(p -> p instanceof Inline.Run r && !r.format().equals(Format.PLAIN)).count();
    System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %d ms | %d MB |%n", name, draft.articles().size(), runs, millis, kept >> 20);
  }

  /** A draft of at least this many characters: articles of three paragraphs, each with an italic term and a bold phrase. */
  static String draft(int characters) {
    StringBuilder b = new StringBuilder("A/AC.999/1\n\n1 March 2026\n\nDraft agreement on the care of shared rivers\n\n");
    String[] terms = {"inter alia", "mutatis mutandis", "prima facie", "ad hoc", "bona fide"};
    for (int article = 1; b.length() < characters; article++) {
      b.append("## Article ").append(article).append(". Care of reach ").append(article).append("\n\n");
      for (int p = 1; p <= 3; p++) {
        b.append(p).append(". Each Party shall keep the banks of reach ").append(article).append(", *")
            .append(terms[(article + p) % terms.length]).append("*, free of waste and shall report **within ").append(p + 2)
            .append(" days** any harm found on its side of the river, with the readings of its gauges for the week before.\n\n");
      }
    }
    return b.toString();
  }
}
