package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped fixture drafts read into the structure their authors wrote. */
class FixtureDraftsTest {
  private static Draft read(String file) throws DraftReadException {
    return DraftReaders.read(Fixtures.draft("cybercrime", file));
  }

  @Test
  void everyFixtureDraftReadsWithoutWarnings() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Fixtures.drafts("cybercrime"))) {
      files = list.filter(p -> p.toString().matches(".*\\.(txt|md)$")).filter(p -> !p.getFileName().toString().equals("CHANGES.md")).sorted().toList();
    }
    assertEquals(4, files.size(), "rev1.txt, rev2.txt, rev3.txt and rev3.md: " + files);
    for (Path file : files) {
      Draft d = DraftReaders.read(file);
      assertTrue(d.warnings().isEmpty(), file + ": " + d.warnings());
      assertEquals(9, d.divisions().size(), file + ": chapters");
      assertTrue(d.preamble().size() >= 3, file + ": recitals");
    }
  }

  @Test
  void articleCountsAndRevisionLabels() throws Exception {
    assertEquals(55, read("rev1.txt").articles().size());
    assertEquals(54, read("rev2.txt").articles().size());
    assertEquals(55, read("rev3.txt").articles().size());
    assertEquals("Rev.3", read("rev3.txt").revision());
    assertEquals("A/AC.900/4/Rev.2", read("rev2.txt").symbol());
    assertEquals("12 January 2024", read("rev1.txt").date());
  }

  @Test
  void rev3ArticlesSitWhereTheLettersSayTheyDo() throws Exception {
    Draft rev3 = read("rev3.txt");
    assertEquals("Liability of legal persons", rev3.article("18").orElseThrow().title());
    assertEquals("Conditions and safeguards", rev3.article("24").orElseThrow().title());
    Article search = rev3.article("28").orElseThrow();
    assertTrue(search.allClauses().anyMatch(c -> c.path().toString().equals("28.4")), "28(4) exists");
    Article mla = rev3.article("40").orElseThrow();
    Clause refusal = mla.allClauses().filter(c -> c.path().toString().equals("40.22")).findFirst().orElseThrow();
    assertTrue(refusal.text().contains("substantial grounds for believing"), refusal.text());
    assertEquals("Chapter V", mla.division().orElseThrow().label());
    assertTrue(rev3.article("4").orElseThrow().title().startsWith("Offences established in accordance with other"));
  }

  @Test
  void wrappedRev2ReadsAsWholeParagraphs() throws Exception {
    Draft rev2 = read("rev2.txt");
    for (Article a : rev2.articles()) {
      assertTrue(!a.title().isEmpty(), a.label() + " has a title");
      a.allClauses().forEach(c -> assertTrue(!c.text().matches(".*\\s{2,}.*"), c.path().toString()));
    }
  }

  @Test
  void markdownAndPlainTextFormsOfRev3ReadTheSame() throws Exception {
    Draft txt = read("rev3.txt");
    Draft md = read("rev3.md");
    assertEquals(txt.title(), md.title());
    assertEquals(txt.symbol(), md.symbol());
    List<String> a = outline(txt);
    List<String> b = outline(md);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      assertEquals(a.get(i), b.get(i), "first difference, at outline line " + i);
    }
    assertEquals(a.size(), b.size(), "outline lines");
  }

  private static List<String> outline(Draft d) {
    return d.articles().stream()
        .flatMap(a -> Stream.concat(Stream.of(a.heading() + " @" + a.division().map(x -> x.heading()).orElse("")),
            a.allClauses().map(c -> c.path() + " " + c.text())))
        .toList();
  }

  @Test
  void footnotesAreAttachedToTheClausesThatCiteThem() throws Exception {
    for (String file : List.of("rev1.txt", "rev2.txt", "rev3.txt")) {
      Draft d = read(file);
      long notes = d.articles().stream().mapToLong(a -> a.footnotes().size()).sum();
      assertEquals(3, notes, file);
    }
  }

  @Test
  void fixtureFolderHasTheFilesItPromises() throws IOException {
    assertTrue(Files.isRegularFile(Fixtures.drafts("cybercrime").resolve("CHANGES.md")));
  }
}
