package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fixture drafts as other producers made them, each in its own default styles ({@code
 * fixtures/tools/make_producers.py}): LibreOffice (PDF and Word, footnotes at the page bottoms, the
 * symbol and date only in the running header, wrapped headings), LibreOffice again with footnotes in
 * the body's size below a drawn separator, pandoc's Word file, XeLaTeX (Arabic and Chinese
 * included), groff's {@code ms} through pdfroff, headless Chromium (footnotes at the document's end, Chromium's own header and footer)
 * and Ghostscript's distillation of the LibreOffice PDF. Every form reads into the same title,
 * symbol, date, articles, clause paths, text and footnotes as the draft's {@code .txt}.
 */
class ProducerFormsTest {
  /**
   * The forms each producer made of the 10 drafts: Word and PDF from LibreOffice, no Arabic from
   * Ghostscript, no Russian, Arabic or Chinese from groff.
   */
  private static final Map<String, Integer> FORMS =
      Map.of("libreoffice", 20, "libreoffice-separator", 10, "pandoc", 10, "latex", 10, "groff", 7, "chromium", 10,
          "ghostscript", 9);

  @Test
  @Tag("slow")
  void everyProducersFormReadsLikeTheDraftsText() throws Exception {
    List<String> failures = new ArrayList<>();
    Map<String, Integer> read = new TreeMap<>();
    for (Path form : forms()) {
      String producer = form.getParent().getParent().getFileName().toString();
      read.merge(producer, 1, Integer::sum);
      compare(form, failures);
    }
    assertEquals(new TreeMap<>(FORMS), read, "forms read, by producer");
    assertEquals(List.of(), failures, failures.size() + " forms read otherwise than their text");
  }

  private static String name(Path form) {
    return form.getParent().getParent().getFileName() + "/" + form.getParent().getFileName() + "/" + form.getFileName();
  }

  /**
   * The everyday sample: the convention's Rev.3 as LibreOffice's PDF and Word file (symbol and date
   * only in the running header), Chromium's PDF of the French draft (notes at the document's end,
   * markers split off their line), and LaTeX's PDFs of the river rules and the Russian draft (no
   * spaces drawn, {@code какой-} / {@code либо} at a line end), LibreOffice's PDF of the Arabic
   * draft (right-to-left paragraphs set flush left) and, with notes as large as the body below a
   * separator, of the Spanish one, and LaTeX's Arabic (brackets named as drawn) and Chinese (a gap
   * where ideographs meet digits) PDFs.
   */
  @Test
  void aSampleOfTheForms() throws Exception {
    List<String> sample =
        List.of(
            "libreoffice/cybercrime/rev3.pdf", "libreoffice/cybercrime/rev3.docx", "chromium/languages/fr.pdf",
            "latex/other/river-commission-rules.pdf", "latex/languages/ru.pdf",
            "libreoffice/languages/ar.pdf", "libreoffice-separator/languages/es.pdf", "latex/languages/ar.pdf",
            "latex/languages/zh.pdf");
    List<String> failures = new ArrayList<>();
    int read = 0;
    for (Path form : forms()) {
      if (sample.contains(name(form))) {
        compare(form, failures);
        read++;
      }
    }
    assertEquals(sample.size(), read, "forms of the sample found");
    assertEquals(List.of(), failures);
  }

  static List<Path> forms() throws Exception {
    try (Stream<Path> files = Files.walk(Fixtures.drafts("producers"), 3)) {
      return files
          .filter(p -> p.getFileName().toString().matches(".+\\.(pdf|docx)"))
          .sorted()
          .toList();
    }
  }

  /** The draft's own text: {@code libreoffice/cybercrime/rev3.pdf} is {@code cybercrime/rev3.txt}. */
  static Path textOf(Path form) {
    String name = form.getFileName().toString();
    return Fixtures.draft(form.getParent().getFileName().toString(), name.substring(0, name.lastIndexOf('.')) + ".txt");
  }

  private static void compare(Path form, List<String> failures) throws Exception {
    String what = name(form);
    Draft expected = DraftReaders.read(textOf(form));
    Draft actual = DraftReaders.read(form);
    List<String> problems = new ArrayList<>();
    check(problems, "title", expected.title(), actual.title());
    check(problems, "symbol", expected.symbol(), actual.symbol());
    check(problems, "date", expected.date(), actual.date());
    check(problems, "revision", expected.revision(), actual.revision());
    check(problems, "warnings", "[]", actual.warnings().toString());
    List<String> want = DocxFixtureDraftsTest.outline(expected);
    List<String> got = DocxFixtureDraftsTest.outline(actual);
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) {
        problems.add("outline line " + i + ": expected <" + want.get(i) + "> but was <" + got.get(i) + ">");
        break;
      }
    }
    check(problems, "outline lines", String.valueOf(want.size()), String.valueOf(got.size()));
    if (!problems.isEmpty()) {
      failures.add(what + ": " + String.join("; ", problems));
    }
    assertTrue(expected.articles().size() > 0, what);
  }

  private static void check(List<String> problems, String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      problems.add(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }
}
