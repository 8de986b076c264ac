package dev.redline.bench;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark drafts: a pair (Rev.1 and Rev.2) at 1x to 16x the size of a 60-page draft (150
 * articles at 1x), with realistic edits between them, as plain text, as Word (by the fixtures'
 * {@code make_docx.py}: automatic numbering, footnotes, heading styles) and as PDF (the Word file
 * printed by LibreOffice, headless, with the UN-style header and footer).
 *
 * <p>Files are written once into a folder and reused while their text is unchanged, since printing
 * a 960-page draft takes LibreOffice a while.
 *
 * <p>Run: {@code java -cp "bench/target/classes:$(cat bench/target/classpath)"
 * dev.redline.bench.ScaledDrafts FOLDER [SCALE ...]} (default scales: 1 2 4 8 16); it prints each
 * file's pages and size.
 */
public final class ScaledDrafts {
  /** Articles in the 1x draft: about 60 pages when printed. */
  public static final int ARTICLES_AT_1X = 150;

  private ScaledDrafts() {}

  /** The files of one scale. */
  public record Pair(int scale, Path oldText, Path newText, Draft oldDraft, Draft newDraft) {
    /** The same draft in another form: {@code docx} or {@code pdf}. */
    public Path oldAs(String extension) {
      return sibling(oldText, extension);
    }

    public Path newAs(String extension) {
      return sibling(newText, extension);
    }

    private static Path sibling(Path text, String extension) {
      String name = text.getFileName().toString();
      return text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + "." + extension);
    }
  }

  /** Writes the pair's text files at this scale into the folder (unchanged files are left as they are). */
  public static Pair text(Path folder, int scale) throws IOException, dev.redline.read.DraftReadException {
    Draft base = SyntheticDrafts.of(AlignmentBenchmark.template(), ARTICLES_AT_1X * scale, 42);
    return write(folder, scale, new PairGenerator(PairGenerator.Settings.standard()).generate(base, 42));
  }

  /**
   * Writes a generated pair as {@code old-Nx.txt} and {@code new-Nx.txt} in the folder (files whose
   * text is unchanged are left as they are).
   */
  static Pair write(Path folder, int scale, PairGenerator.Pair pair) throws IOException {
    Files.createDirectories(folder);
    Path oldFile = folder.resolve("old-" + scale + "x.txt");
    Path newFile = folder.resolve("new-" + scale + "x.txt");
    writeIfChanged(oldFile, DraftTextWriter.write(pair.oldDraft(), "A/AC.900/9/Rev.1", "1 March 2025"));
    writeIfChanged(newFile, DraftTextWriter.write(pair.newDraft(), "A/AC.900/9/Rev.2", "1 May 2025"));
    return new Pair(scale, oldFile, newFile, pair.oldDraft(), pair.newDraft());
  }

  /**
   * Writes the pair at this scale as text, Word and PDF. Word and PDF are made again only when
   * missing or older than the text.
   *
   * @throws IOException if {@code make_docx.py} or LibreOffice fails
   */
  public static Pair allForms(Path folder, int scale) throws IOException, InterruptedException, dev.redline.read.DraftReadException {
    Pair pair = text(folder, scale);
    List<String> stale = new ArrayList<>();
    for (Path text : List.of(pair.oldText(), pair.newText())) {
      Path pdf = Pair.sibling(text, "pdf");
      if (!Files.exists(pdf) || Files.getLastModifiedTime(pdf).compareTo(Files.getLastModifiedTime(text)) < 0) {
        stale.add(text.toString());
      }
    }
    makeDocx(stale, true);
    return pair;
  }

  /**
   * Turns these text files into Word files beside them with the fixtures' {@code make_docx.py}
   * (and into PDF when {@code pdf}); does nothing for an empty list.
   *
   * @throws IOException if the script fails
   */
  static void makeDocx(List<String> texts, boolean pdf) throws IOException, InterruptedException {
    if (texts.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("/usr/bin/python3",
        Fixtures.root().resolve("tools/make_docx.py").toString(), "--no-check"));
    if (!pdf) {
      command.add("--no-pdf");
    }
    command.addAll(texts);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException("make_docx.py failed on " + texts + ":\n" + output);
    }
  }

  static void writeIfChanged(Path file, String text) throws IOException {
    if (Files.exists(file) && Files.readString(file).equals(text)) {
      return;
    }
    Files.writeString(file, text);
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "bench/target/scaled");
    List<Integer> scales = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      scales.add(Integer.parseInt(args[i]));
    }
    if (scales.isEmpty()) {
      scales = List.of(1, 2, 4, 8, 16);
    }
    for (int scale : scales) {
      long start = System.nanoTime();
      Pair pair = allForms(folder, scale);
      for (Path text : List.of(pair.oldText(), pair.newText())) {
        for (String ext : List.of("txt", "docx", "pdf")) {
          Path f = Pair.sibling(text, ext);
          String pages = "";
          if (ext.equals("pdf")) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
              pages = ", " + doc.getNumberOfPages() + " pages";
            }
          }
          System.out.printf(java.util.Locale.ROOT, "%s: %,d bytes%s%n", f, Files.size(f), pages);
        }
      }
      System.out.printf(java.util.Locale.ROOT, "%dx ready in %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
    }
  }
}
