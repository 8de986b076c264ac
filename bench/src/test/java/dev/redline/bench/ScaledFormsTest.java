package dev.redline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Article;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's 300-page pair (5x a 60-page draft) reads the same from its Word file and from
 * its PDF (printed by LibreOffice) as from its text: the same articles, titles, clause paths and
 * clause texts. Otherwise the Word and PDF figures of the benchmark would measure other work. Slow
 * (LibreOffice prints 600 pages first): it runs with {@code -Pfull}; every day, the fixture drafts'
 * own Word and PDF forms are read against their text in core ({@code PdfFixtureDraftsTest}).
 */
@Tag("slow")
class ScaledFormsTest {
  /** Every article's number and title, then each clause's path and text, in order. */
  private static List<String> outline(Draft draft) {
    List<String> out = new ArrayList<>();
    for (Article a : draft.articles()) {
      out.add("Article " + a.number() + ": " + a.title());
      a.allClauses().forEach(c -> out.add(c.path() + " " + c.text()));
    }
    return out;
  }

  @Test
  void wordAndPdfFormsReadAsTheTextDoes() throws Exception {
    ScaledDrafts.Pair pair = ScaledDrafts.allForms(Path.of("target/scaled"), 5);
    for (Path text : List.of(pair.oldText(), pair.newText())) {
      List<String> expected = outline(DraftReaders.read(text));
      String name = text.getFileName().toString();
      String stem = name.substring(0, name.length() - 4);
      for (String form : List.of("docx", "pdf")) {
        List<String> read = outline(DraftReaders.read(text.resolveSibling(stem + "." + form)));
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), read.size()) && differing.size() < 5; i++) {
          String e = i < expected.size() ? expected.get(i) : "(nothing)";
          String r = i < read.size() ? read.get(i) : "(nothing)";
          if (!e.equals(r)) {
            differing.add("text: " + e + "\n" + form + ": " + r);
          }
        }
        assertEquals(List.of(), differing, stem + "." + form + " against " + name + " (" + expected.size() + " items)");
      }
    }
  }
}
