package dev.redline.bench;

import dev.redline.Redline;
import dev.redline.model.Article;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores alignment of drafts that repeat themselves ({@link RepetitiveDrafts}) after reading them
 * from files: each generated pair is written as text ({@link DraftTextWriter}) and as Word (by the
 * fixtures' {@code make_docx.py}, as {@link ScaledDrafts} does: automatic numbering, footnotes,
 * heading styles), both are read with {@link DraftReaders} and compared with {@link
 * Redline#compare(Draft, Draft)}, and each alignment is scored against the pair's truth. It prints
 * link F1 and move, split and merge recall per form, and, for each Word draft, how many articles
 * the Word reading gives differently from the text reading (number, title, chapter, clause text, id).
 *
 * <p>Run from the project's folder, after {@code mvn -B -q -pl bench -am package -DskipTests}:
 * {@code java -cp "bench/target/classes:$(cat bench/target/classpath)"
 * dev.redline.bench.RepetitiveWordBenchmark [PAIRS_AT_8X] [PAIRS_AT_40X] [FOLDER]} (default 3 and 2
 * pairs, folder {@code bench/target/repetitive-word}). Word files are made again only when missing
 * or older than their text.
 */
public final class RepetitiveWordBenchmark {
  private RepetitiveWordBenchmark() {}

  /** The text and Word files of one generated pair, and its truth. */
  record Written(Path oldText, Path newText, Path oldWord, Path newWord, PairGenerator.Pair pair) {}

  static Written write(Path folder, int copies, long seed) throws IOException, InterruptedException, DraftReadException {
    Draft base = RepetitiveDrafts.of(AlignmentBenchmark.template(), RepetitiveDrafts.BLOCK, copies);
    PairGenerator.Pair pair = new PairGenerator(PairGenerator.Settings.standard()).generate(base, seed);
    Files.createDirectories(folder);
    String stem = copies + "x-" + seed;
    Path oldText = folder.resolve("old-" + stem + ".txt");
    Path newText = folder.resolve("new-" + stem + ".txt");
    ScaledDrafts.writeIfChanged(oldText, DraftTextWriter.write(pair.oldDraft(), "A/AC.900/9/Rev.1", "1 March 2025"));
    ScaledDrafts.writeIfChanged(newText, DraftTextWriter.write(pair.newDraft(), "A/AC.900/9/Rev.2", "1 May 2025"));
    Path oldWord = sibling(oldText);
    Path newWord = sibling(newText);
    List<String> stale = new ArrayList<>();
    for (Path text : List.of(oldText, newText)) {
      Path word = sibling(text);
      if (!Files.exists(word) || Files.getLastModifiedTime(word).compareTo(Files.getLastModifiedTime(text)) < 0) {
        stale.add(text.toString());
      }
    }
    ScaledDrafts.makeDocx(stale, false);
    return new Written(oldText, newText, oldWord, newWord, pair);
  }

  private static Path sibling(Path text) {
    String name = text.getFileName().toString();
    return text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".docx");
  }

  /**
   * The articles the Word reading gives differently from the text reading, as short lines (at most
   * {@code limit}), after a line with the counts.
   */
  static List<String> differences(Draft fromText, Draft fromWord, int limit) {
    List<String> lines = new ArrayList<>();
    List<Article> t = fromText.articles();
    List<Article> w = fromWord.articles();
    int numbers = 0;
    int titles = 0;
    int chapters = 0;
    int texts = 0;
    int ids = 0;
    for (int i = 0; i < Math.min(t.size(), w.size()); i++) {
      Article a = t.get(i);
      Article b = w.get(i);
      List<String> what = new ArrayList<>();
      if (!a.number().equals(b.number())) {
        numbers++;
        what.add("number " + a.number() + " / " + b.number());
      }
      if (!a.title().equals(b.title())) {
        titles++;
        what.add("title '" + a.title() + "' / '" + b.title() + "'");
      }
      if (!chapters(a).equals(chapters(b))) {
        chapters++;
        what.add("chapters " + chapters(a) + " / " + chapters(b));
      }
      if (!text(a).equals(text(b))) {
        texts++;
        what.add("text differs");
      }
      if (!a.id().equals(b.id())) {
        ids++;
        what.add("id " + a.id() + " / " + b.id());
      }
      if (!what.isEmpty() && lines.size() < limit) {
        lines.add("    article " + (i + 1) + ": " + String.join("; ", what));
      }
    }
    lines.add(0, String.format(Locale.ROOT, "    %d articles from text, %d from Word; %d numbers, %d titles, %d chapters, %d texts, %d ids differ",
        t.size(), w.size(), numbers, titles, chapters, texts, ids));
    return lines;
  }

  private static List<String> chapters(Article a) {
    return a.divisions().stream().map(Division::label).toList();
  }

  private static List<String> text(Article a) {
    return a.allClauses().map(c -> c.path() + " " + c.lineContent().plain()).toList();
  }

  public static void main(String[] args) throws Exception {
    int at8 = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int at40 = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path folder = Path.of(args.length > 2 ? args[2] : "bench/target/repetitive-word");
    PrintStream out = System.out;
    int[][] runs = {{8, at8}, {40, at40}};
    for (int[] run : runs) {
      AlignmentScore generated = new AlignmentScore();
      AlignmentScore text = new AlignmentScore();
      AlignmentScore word = new AlignmentScore();
      List<String> notes = new ArrayList<>();
      long began = System.nanoTime();
      for (int p = 0; p < run[1]; p++) {
        Written f = write(folder, run[0], 1_000L + p);
        generated.add(Redline.compare(f.pair().oldDraft(), f.pair().newDraft()).alignment(), f.pair().truth());
        Draft oldText = DraftReaders.read(f.oldText());
        Draft newText = DraftReaders.read(f.newText());
        Draft oldWord = DraftReaders.read(f.oldWord());
        Draft newWord = DraftReaders.read(f.newWord());
        text.add(Redline.compare(oldText, newText).alignment(), f.pair().truth());
        word.add(Redline.compare(oldWord, newWord).alignment(), f.pair().truth());
        notes.add("  " + f.oldWord().getFileName() + " against " + f.oldText().getFileName() + ":");
        notes.addAll(differences(oldText, oldWord, 3));
        notes.add("  " + f.newWord().getFileName() + " against " + f.newText().getFileName() + ":");
        notes.addAll(differences(newText, newWord, 3));
      }
      out.printf(Locale.ROOT, "Repetitive drafts: %d provisions x %d copies, %d pairs (seeds 1000..), %.1f s%n", RepetitiveDrafts.BLOCK, run[0],
          run[1], (System.nanoTime() - began) / 1e9);
      out.printf(Locale.ROOT, "  %-22s %-8s %-8s %-8s %-8s%n", "form", "link F1", "moved", "split", "merged");
      line(out, "generated (no reading)", generated);
      line(out, "read from text", text);
      line(out, "read from Word", word);
      notes.forEach(out::println);
      out.println();
    }
  }

  private static void line(PrintStream out, String form, AlignmentScore s) {
    out.printf(Locale.ROOT, "  %-22s %.4f   %.4f   %.4f   %.4f%n", form, s.f1(), s.recall(dev.redline.model.LinkKind.MOVED),
        s.recall(dev.redline.model.LinkKind.SPLIT), s.recall(dev.redline.model.LinkKind.MERGED));
  }
}
