package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PDF forms of the fixture drafts, printed by LibreOffice from their Word forms with the symbol
 * and date in a running header, a job number and page number in the footer, footnotes at page
 * bottoms and labels in their own column, read into exactly the draft their plain-text and Word
 * forms give.
 */
class PdfFixtureDraftsTest {
  private static final Pattern JOB_NUMBER = Pattern.compile("V\\.24-\\d{5}");
  private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\w.\\[^-])\\d+(?![\\w\\]])");

  /** The English fixture drafts as PDF: the three revisions and the river commission's rules. */
  private static List<Path> pdfs() throws Exception {
    List<Path> all = new ArrayList<>(pdfs("cybercrime"));
    all.addAll(pdfs("other"));
    return all;
  }

  private static List<Path> pdfs(String folder) throws Exception {
    try (Stream<Path> files = Files.list(Fixtures.drafts(folder))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static Path sibling(Path pdf, String extension) {
    return pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", extension));
  }

  @Test
  void everyPdfDraftReadsLikeItsPlainTextAndWordForms() throws Exception {
    List<Path> pdfs = pdfs();
    assertEquals(4, pdfs.size(), "rev1.pdf, rev2.pdf, rev3.pdf and river-commission-rules.pdf: " + pdfs);
    int read = 0;
    for (Path pdf : pdfs) {
      Draft fromPdf = DraftReaders.read(pdf);
      for (Path other : List.of(sibling(pdf, ".txt"), sibling(pdf, ".docx"))) {
        Draft expected = DraftReaders.read(other);
        read++;
        String what = pdf.getFileName() + " against " + other.getFileName();
        assertEquals(expected.title(), fromPdf.title(), what + ": title");
        assertEquals(expected.symbol(), fromPdf.symbol(), what + ": symbol");
        assertEquals(expected.date(), fromPdf.date(), what + ": date");
        assertEquals(expected.revision(), fromPdf.revision(), what + ": revision");
        DocxFixtureDraftsTest.assertSameLines(
            what, DocxFixtureDraftsTest.outline(expected), DocxFixtureDraftsTest.outline(fromPdf));
      }
      read++;
      assertEquals(List.of(), fromPdf.warnings(), pdf + ": warnings");
    }
    assertEquals(12, read, "three forms of four drafts");
  }

  @Test
  void noPageFurnitureLeaksIntoTheArticles() throws Exception {
    List<Path> all = new ArrayList<>(pdfs());
    all.addAll(pdfs("languages"));
    assertEquals(10, all.size(), "three revisions, the river rules and six languages, some of one page: " + all);
    for (Path pdf : all) {
      Draft fromPdf = DraftReaders.read(pdf);
      Draft fromText = DraftReaders.read(sibling(pdf, ".txt"));
      for (Article article : fromPdf.articles()) {
        for (String text : texts(article)) {
          assertFalse(text.contains(fromPdf.symbol()), pdf + ", article " + article.number() + ": symbol in " + text);
          assertFalse(text.contains(fromPdf.date()), pdf + ", article " + article.number() + ": date in " + text);
          assertFalse(JOB_NUMBER.matcher(text).find(), pdf + ", article " + article.number() + ": job number in " + text);
        }
      }
      // A page number that leaked would be a bare number the plain text does not have.
      assertEquals(bareNumbers(fromText), bareNumbers(fromPdf), pdf + ": bare numbers in the articles");
    }
  }

  @Test
  void nodesKnowTheirPagesAndFootnotesTheirClauses() throws Exception {
    Draft rev3 = DraftReaders.read(Fixtures.draft("cybercrime", "rev3.pdf"));
    assertEquals(1, rev3.article("1").orElseThrow().provenance().page());
    assertEquals(2, rev3.article("3").orElseThrow().provenance().page());
    for (Article article : rev3.articles()) {
      assertTrue(article.provenance().hasPage(), article.label());
      article.allClauses().forEach(c -> assertTrue(c.provenance().hasPage(), c.path().toString()));
    }
    Clause serviceProvider =
        rev3.article("2").orElseThrow().allClauses().filter(c -> c.path().toString().equals("2.1.f")).findFirst().orElseThrow();
    assertTrue(serviceProvider.text().endsWith("of its users[^1];"), serviceProvider.text());
    Footnote note = serviceProvider.footnotes().get(0);
    assertTrue(note.text().startsWith("It is understood that the term \"service provider\""), note.text());
    assertEquals(2, note.provenance().page(), "the footnote sits at the bottom of page 2");
    Clause definition =
        rev3.article("2").orElseThrow().allClauses().filter(c -> c.path().toString().equals("2.1.a")).findFirst().orElseThrow();
    assertTrue(definition.line().startsWith("(a) \"Information and communications technology system\""), definition.line());
  }

  private static List<String> texts(Article article) {
    List<String> texts = new ArrayList<>();
    texts.add(article.title());
    article.allClauses().forEach(c -> texts.add(c.text()));
    article.footnotes().forEach(f -> texts.add(f.text()));
    return texts;
  }

  private static List<String> bareNumbers(Draft draft) {
    List<String> numbers = new ArrayList<>();
    for (Article article : draft.articles()) {
      for (String text : texts(article)) {
        Matcher m = BARE_NUMBER.matcher(text);
        while (m.find()) {
          numbers.add(article.number() + ": " + m.group());
        }
      }
    }
    return numbers;
  }
}
