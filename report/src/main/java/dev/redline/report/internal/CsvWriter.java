package dev.redline.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV (RFC 4180, CR LF line ends) that a spreadsheet opens as text, never as formulas, written by
 * jackson-dataformat-csv: a cell holding a comma, a quote, a line feed or a carriage return is
 * quoted; a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading apostrophe and quotes, as OWASP advises against CSV injection. Stateless
 * and thread-safe.
 */
public final class CsvWriter {
  private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  /** One cell, always quoted: what a formula-like cell is written as. */
  private static final ObjectWriter QUOTED_CELL =
      CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build().writer(CsvSchema.emptySchema().withLineSeparator(""));
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvWriter() {}

  /** The rows, each ended by CR LF. */
  public static String write(List<List<String>> rows) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(text)) {
      ((CsvGenerator) generator).setSchema(LINES);
      for (List<String> row : rows) {
        generator.writeStartArray();
        for (String cell : row) {
          if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            generator.writeRawValue(QUOTED_CELL.writeValueAsString(new String[] {"'" + cell}));
          } else {
            generator.writeString(cell);
          }
        }
        generator.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
