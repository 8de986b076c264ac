package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Word forms of the fixture drafts, whose labels exist only as automatic numbering, read into
 * exactly the draft their plain-text forms give.
 */
class DocxFixtureDraftsTest {
  @Test
  void everyWordDraftReadsLikeItsPlainText() throws Exception {
    List<Path> docx = new java.util.ArrayList<>();
    for (String folder : List.of("cybercrime", "other")) {
      try (Stream<Path> files = Files.list(Fixtures.drafts(folder))) {
        files.filter(p -> p.getFileName().toString().endsWith(".docx")).sorted().forEach(docx::add);
      }
    }
    assertEquals(4, docx.size(), "rev1.docx, rev2.docx, rev3.docx and river-commission-rules.docx: " + docx);
    for (Path word : docx) {
      Path text = word.resolveSibling(word.getFileName().toString().replace(".docx", ".txt"));
      Draft fromWord = DraftReaders.read(word);
      Draft fromText = DraftReaders.read(text);
      assertEquals(List.of(), fromWord.warnings(), word + ": warnings");
      assertEquals(fromText.title(), fromWord.title(), word + ": title");
      assertEquals(fromText.symbol(), fromWord.symbol(), word + ": symbol");
      assertEquals(fromText.date(), fromWord.date(), word + ": date");
      assertEquals(fromText.revision(), fromWord.revision(), word + ": revision");
      assertSameLines(word, outline(fromText), outline(fromWord));
      assertEquals(fromText.articles().size(), fromWord.articles().size(), word + ": articles");
    }
  }

  @Test
  void labelsComeFromNumberingNotFromTheText() throws Exception {
    Path word = Fixtures.draft("cybercrime", "rev3.docx");
    String document;
    try (var zip = new java.util.zip.ZipFile(word.toFile())) {
      document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertTrue(document.contains("<w:numPr>"), "paragraphs are numbered by Word");
    assertTrue(!document.contains(">1. ") && !document.contains(">(a) "), "no typed labels in the text");
    assertTrue(document.contains("<w:footnoteReference"), "real footnotes");
    Draft rev3 = DraftReaders.read(word);
    Clause refusal =
        rev3.article("40").orElseThrow().allClauses().filter(c -> c.path().toString().equals("40.22")).findFirst().orElseThrow();
    assertTrue(refusal.text().contains("substantial grounds for believing"), refusal.text());
    assertEquals("Chapter V", rev3.article("40").orElseThrow().division().orElseThrow().label());
    long notes = rev3.articles().stream().mapToLong(a -> a.footnotes().size()).sum();
    assertEquals(3, notes, "footnotes attached to the clauses that cite them");
    assertTrue(rev3.articles().get(0).provenance().line() > 0, "provenance: the paragraph number");
    assertEquals(0, rev3.articles().get(0).provenance().page(), "provenance: no pages in Word");
  }

  /** The clause at this path in the draft, or a failure that shows the draft's outline. */
  static Clause clause(Draft d, String path) {
    return d.articles().stream()
        .flatMap(Article::allClauses)
        .filter(c -> c.path().toString().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no clause " + path + " in " + outline(d)));
  }

  /** Every division, article heading, clause path, kind, text and footnote, one per line. */
  static List<String> outline(Draft d) {
    List<String> lines = new ArrayList<>();
    d.preamble().forEach(c -> lines.add(c.path() + " " + c.text()));
    for (Division division : d.divisions()) {
      lines.add("division " + division.heading());
    }
    for (Article a : d.articles()) {
      lines.add(a.heading() + " @ " + a.divisions().stream().map(Division::heading).toList());
      a.allClauses().forEach(c -> lines.add(c.path() + " " + c.kind() + " " + c.line()));
      a.footnotes().forEach(f -> lines.add("[^" + f.marker() + "]: " + f.text()));
    }
    return lines;
  }

  static void assertSameLines(Object what, List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), what + ": first difference, at outline line " + i);
    }
    assertEquals(expected.size(), actual.size(), what + ": outline lines");
  }
}
