package dev.redline.report.tracker;

import dev.redline.model.Demand;
import dev.redline.model.DemandStatus;
import dev.redline.model.Draft;
import dev.redline.model.Finding;
import dev.redline.model.Tracker;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tracker as a spreadsheet: one row per demand, one column per draft whose cell holds the
 * status (coloured), the explanation and the quoted evidence; the header row and the demand
 * columns stay in view when scrolling. Demands drafted from a letter and not yet reviewed ({@link
 * Demand#draft()}) are on a sheet of their own, "Drafted, to review", apart from the reviewed ones
 * on "Demands". Stateless and thread-safe.
 */
public final class TrackerXlsxWriter {
  private static final Map<DemandStatus, IndexedColors> COLOURS = new EnumMap<>(Map.of(
      DemandStatus.ADOPTED, IndexedColors.LIGHT_GREEN,
      DemandStatus.PARTLY_ADOPTED, IndexedColors.LIGHT_YELLOW,
      DemandStatus.NOT_ADOPTED, IndexedColors.ROSE,
      DemandStatus.REVERSED, IndexedColors.CORAL,
      DemandStatus.TARGET_NOT_FOUND, IndexedColors.GREY_25_PERCENT,
      DemandStatus.NEEDS_REVIEW, IndexedColors.LIGHT_TURQUOISE));

  private TrackerXlsxWriter() {}

  /** Writes the workbook to the stream, which is left open. */
  public static void write(Tracker tracker, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Demands");
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle text = book.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      Map<DemandStatus, CellStyle> statusStyles = new EnumMap<>(DemandStatus.class);
      for (DemandStatus s : DemandStatus.values()) {
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(text);
        style.setFillForegroundColor(COLOURS.get(s).getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        statusStyles.put(s, style);
      }
      List<Integer> reviewed = new java.util.ArrayList<>();
      List<Integer> drafted = new java.util.ArrayList<>();
      for (int d = 0; d < tracker.demands().size(); d++) {
        (tracker.demands().get(d).draft() ? drafted : reviewed).add(d);
      }
      if (!reviewed.isEmpty() || drafted.isEmpty()) {
        fill(sheet, tracker, reviewed, header, text, statusStyles);
      } else {
        book.removeSheetAt(0);
      }
      if (!drafted.isEmpty()) {
        fill(book.createSheet("Drafted, to review"), tracker, drafted, header, text, statusStyles);
      }
      book.write(out);
    }
  }

  /** One row per demand of these, one column per draft. */
  private static void fill(
      Sheet sheet, Tracker tracker, List<Integer> demands, CellStyle header, CellStyle text, Map<DemandStatus, CellStyle> statusStyles) {
    List<String> revisions = tracker.history().drafts().stream().map(Draft::revision).toList();
    Row head = sheet.createRow(0);
    String[] fixed = {"Id", "Demand", "Source", "Targets"};
    for (int c = 0; c < fixed.length; c++) {
      head.createCell(c).setCellValue(fixed[c]);
    }
    for (int r = 0; r < revisions.size(); r++) {
      head.createCell(fixed.length + r).setCellValue(cellText(revisions.get(r)));
    }
    head.forEach(cell -> cell.setCellStyle(header));
    for (int i = 0; i < demands.size(); i++) {
      int d = demands.get(i);
      Demand demand = tracker.demands().get(d);
      Row row = sheet.createRow(i + 1);
      String[] values = {demand.id(), demand.title(), demand.source(), TrackerWriter.targets(demand)};
      for (int c = 0; c < values.length; c++) {
        row.createCell(c).setCellValue(cellText(values[c]));
        row.getCell(c).setCellStyle(text);
      }
      for (int r = 0; r < revisions.size(); r++) {
        Finding f = tracker.finding(d, r);
        var cell = row.createCell(fixed.length + r);
        cell.setCellValue(cellText(f.status().words().toUpperCase(java.util.Locale.ROOT) + "\n" + TrackerWriter.details(f)));
        cell.setCellStyle(statusStyles.get(f.status()));
      }
    }
    sheet.createFreezePane(2, 1);
    sheet.setColumnWidth(0, 8 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    sheet.setColumnWidth(2, 22 * 256);
    sheet.setColumnWidth(3, 14 * 256);
    for (int r = 0; r < revisions.size(); r++) {
      sheet.setColumnWidth(fixed.length + r, 60 * 256);
    }
  }

  /** The most characters an Excel cell holds. */
  static final int MAX_CELL = 32_767;

  /**
   * The text fit for a cell: without the characters XML forbids, and cut at Excel's limit of
   * 32,767 characters with a mark saying how much was left out.
   */
  static String cellText(String text) {
    String clean = dev.redline.report.internal.Xml.clean(text);
    if (clean.length() <= MAX_CELL) {
      return clean;
    }
    String mark = " [… cut here: the text was " + clean.length() + " characters long]";
    int end = MAX_CELL - mark.length();
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + mark;
  }
}
