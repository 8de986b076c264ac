package dev.redline.report.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines (RFC 4180) that a spreadsheet opens as text, never as formulas: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe
 * and quotes, as OWASP advises against CSV injection; a cell holding a comma, a quote, a line feed
 * or a carriage return is quoted.
 */
public final class Csv {
  private Csv() {}

  /** One line of cells, ended by CR LF. */
  public static String line(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  /** One cell, quoted where it must be. */
  public static String cell(String text) {
    boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    String value = formula ? "'" + text : text;
    if (formula || value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
