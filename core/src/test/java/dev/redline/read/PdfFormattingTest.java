package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Clause;
import dev.redline.model.Format;
import dev.redline.model.Inline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF reader gives runs bold and italic where their font says so (Times-Bold, Times-Italic). */
class PdfFormattingTest {
  @TempDir Path dir;

  @Test
  void boldAndItalicFontsMakeBoldAndItalicRuns() throws Exception {
    TestPdf pdf = new TestPdf().page();
    pdf.bold(72, 100, 12, "Article 1. Sharing");
    String before = "1. Each Party shall share, ";
    String term = "inter alia";
    String after = ", the levels.";
    float x = 72;
    pdf.text(x, 130, 11, before);
    x += pdf.width(11, before);
    pdf.italic(x, 130, 11, term);
    x += pdf.italicWidth(11, term);
    pdf.text(x, 130, 11, after);
    Path file = pdf.write(dir.resolve("draft.pdf"));

    Clause c = DraftReaders.read(file).articles().get(0).clauses().get(0);
    assertEquals(List.of(
        new Inline.Run("Each Party shall share, "),
        new Inline.Run("inter alia", Format.of(Format.Property.ITALIC)),
        new Inline.Run(", the levels.")), c.content().parts());
    Clause plain = DraftReaders.read(file, ReadOptions.DEFAULTS.withoutFormatting()).articles().get(0).clauses().get(0);
    assertEquals(List.of(new Inline.Run("Each Party shall share, inter alia, the levels.")), plain.content().parts());
  }
}
