package dev.redline.report.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON as the reports write it: two-space indents, {@code \n} line ends on every system, an
 * object's keys in the order its record declares them ({@code @JsonPropertyOrder}). Stateless.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** The value (records of the reports' JSON, lists, strings, numbers) as indented JSON, ending with a line break. */
  public static String write(Object tree) {
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number rounded to three decimals, so that the text does not depend on floating-point noise. */
  public static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
