package dev.redline.bench;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Draft;
import dev.redline.read.PdfDraftReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Times reading a long PDF draft with {@link PdfDraftReader} against PDFBox's plain {@link
 * PDFTextStripper} on the same file, both from the file on disk to their result, and prints both
 * and their ratio. The PDF is the fixture revisions concatenated until it has the pages asked for.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath)" dev.redline.bench.PdfReadBenchmark [pages] [file]} (defaults: 300 pages,
 * {@code /tmp/redline-bench-300.pdf}). The file is made once and reused when it has those pages.
 */
public final class PdfReadBenchmark {
  private static final int WARM_UP = 5;
  private static final int RUNS = 3;

  private PdfReadBenchmark() {}

  /** A PDF of exactly {@code pages} pages: the fixture revisions, one after another, again and again. */
  public static Path longPdf(Path target, int pages) throws IOException {
    if (Files.isRegularFile(target)) {
      try (PDDocument existing = Loader.loadPDF(target.toFile())) {
        if (existing.getNumberOfPages() == pages) {
          return target;
        }
      }
    }
    List<Path> sources = List.of("rev1.pdf", "rev2.pdf", "rev3.pdf").stream()
        .map(name -> Fixtures.draft("cybercrime", name))
        .toList();
    PDFMergerUtility merger = new PDFMergerUtility();
    try (PDDocument merged = new PDDocument()) {
      for (int i = 0; merged.getNumberOfPages() < pages; i++) {
        try (PDDocument source = Loader.loadPDF(sources.get(i % sources.size()).toFile())) {
          merger.appendDocument(merged, source);
        }
      }
      while (merged.getNumberOfPages() > pages) {
        merged.removePage(merged.getNumberOfPages() - 1);
      }
      merged.save(target.toFile());
    }
    return target;
  }

  /** Milliseconds PDFBox's plain text stripper takes to give the file's text. */
  static long plainMillis(Path file) throws IOException {
    long start = System.nanoTime();
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      String text = new PDFTextStripper().getText(document);
      if (text.isEmpty()) {
        throw new IllegalStateException("no text in " + file);
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Milliseconds Redline takes to read the file into a draft. */
  static long redlineMillis(Path file) throws Exception {
    long start = System.nanoTime();
    Draft draft = new PdfDraftReader().read(file);
    if (draft.articles().isEmpty()) {
      throw new IllegalStateException("no articles in " + file);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path file = longPdf(Path.of(args.length > 1 ? args[1] : "/tmp/redline-bench-" + pages + ".pdf"), pages);
    PrintStream out = System.out;
    for (int i = 0; i < WARM_UP; i++) {
      plainMillis(file);
      redlineMillis(file);
    }
    long plain = Long.MAX_VALUE;
    long redline = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      plain = Math.min(plain, plainMillis(file));
      redline = Math.min(redline, redlineMillis(file));
    }
    Draft draft = new PdfDraftReader().read(file);
    out.printf(Locale.ROOT, "%s: %d pages, %d bytes, %d articles read, %d warnings%n",
        file, pages, Files.size(file), draft.articles().size(), draft.warnings().size());
    out.printf(Locale.ROOT, "PDFBox PDFTextStripper.getText: %d ms (best of %d, in-process, after warm-up)%n", plain, RUNS);
    out.printf(Locale.ROOT, "Redline PdfDraftReader.read:   %d ms (best of %d, in-process, after warm-up)%n", redline, RUNS);
    out.printf(Locale.ROOT, "ratio: %.2fx (target: at most 1.30x)%n", (double) redline / plain);
  }
}
