package dev.redline.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a spreadsheet reads from the reports' CSV: plain cells bare, the rest quoted, formulas as text. */
class CsvWriterTest {
  @Test
  void plainCellsAreBareAndLinesEndWithCrLf() {
    assertEquals("Rev.1,Rev.2,Title\r\n17,,Liability of legal persons\r\n",
        CsvWriter.write(List.of(List.of("Rev.1", "Rev.2", "Title"), List.of("17", "", "Liability of legal persons"))));
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() {
    assertEquals("\"31, 32\",\"say \"\"no\"\"\",\"two\nlines\",\"carriage\rreturn\"\r\n",
        CsvWriter.write(List.of(List.of("31, 32", "say \"no\"", "two\nlines", "carriage\rreturn"))));
  }

  @Test
  void cellsThatWouldStartAFormulaGetAnApostropheAndQuotes() {
    assertEquals("\"'=1+1\",\"'+2\",\"'-3\",\"'@SUM(A1)\",\"'\ttab\",\"'\rreturn\",\"'=HYPERLINK(\"\"x\"\")\",a-b\r\n",
        CsvWriter.write(List.of(List.of("=1+1", "+2", "-3", "@SUM(A1)", "\ttab", "\rreturn", "=HYPERLINK(\"x\")", "a-b"))));
  }
}
