package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Word drafts without formatting give the same redline as the golden files say: {@code
 * word/document.xml} of the redline of each pair in {@link GoldenRedlines#PAIRS}, normalised
 * (see {@link GoldenRedlines}), equals the file kept in {@code fixtures/golden/}.
 *
 * <p>The golden files are the one place where the program's own output is the expectation. Each
 * was reviewed when it was written: the redline converted to PDF by LibreOffice ({@code soffice
 * --headless --convert-to pdf}) and its pages looked at ({@code pdftoppm -png -r 50}), the cover,
 * the summary, the concordance and the tracked changes of the draft checked by eye; the other
 * tests check the same redlines' accept all and reject all. When a change of the redline is
 * intended, refresh them with {@link RefreshGoldenRedlines} (see there), review them the same way,
 * and commit them with the change, so that the diff shows what changed in every redline.
 */
class DocxGoldenTest {
  static final List<GoldenRedlines.Pair> PAIRS = GoldenRedlines.PAIRS;

  @ParameterizedTest(name = "{0}")
  @FieldSource("PAIRS")
  void theRedlineIsTheGoldenOne(GoldenRedlines.Pair pair) throws Exception {
    String expected = Files.readString(GoldenRedlines.golden(pair), StandardCharsets.UTF_8);
    String actual = GoldenRedlines.redline(pair);
    if (!expected.equals(actual)) {
      List<String> e = expected.lines().toList();
      List<String> a = actual.lines().toList();
      int line = 0;
      while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
        line++;
      }
      assertEquals(
          line < e.size() ? e.get(line) : "(end of file)",
          line < a.size() ? a.get(line) : "(end of file)",
          "the redline of " + pair + " differs from fixtures/golden/" + GoldenRedlines.golden(pair).getFileName() + " first at line " + (line + 1));
    }
  }

  @Test
  void theNormalisedFormDropsOnlyWhatVaries() throws Exception {
    String xml = "<w:document xmlns:w=\"" + DocxPackage.W + "\"><w:body><w:p w:rsidR=\"00A1\"><w:ins w:id=\"7\" w:author=\"A\" w:date=\"2024-01-01T00:00:00Z\">"
        + "<w:r><w:t xml:space=\"preserve\">Any  text &amp; more</w:t></w:r></w:ins></w:p></w:body></w:document>";
    assertEquals("""
        <w:document>
          <w:body>
            <w:p>
              <w:ins w:author="A">
                <w:r>
                  <w:t xml:space="preserve">Any  text &amp; more</w:t>
                </w:r>
              </w:ins>
            </w:p>
          </w:body>
        </w:document>
        """, GoldenRedlines.normalised(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyPairHasItsGoldenFile() {
    for (GoldenRedlines.Pair pair : PAIRS) {
      assertTrue(Files.isRegularFile(GoldenRedlines.golden(pair)), "missing " + GoldenRedlines.golden(pair));
    }
  }
}
