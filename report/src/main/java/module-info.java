/**
 * Redline's report writers: the Word redline, HTML, JSON, Markdown, CSV, the XLSX tracker and the
 * flow diagram. Only the writers' packages are exported; {@code dev.redline.report.internal} (the
 * row layer, CSV and JSON helpers) is not. The JSON records are opened to Jackson, which writes
 * them by reflection.
 */
@SuppressWarnings("requires-automatic") // through dev.redline.core: PDFBox and java-diff-utils are automatic modules
module dev.redline.report {
  exports dev.redline.report;
  exports dev.redline.report.concordance;
  exports dev.redline.report.docx;
  exports dev.redline.report.flow;
  exports dev.redline.report.html;
  exports dev.redline.report.json;
  exports dev.redline.report.markdown;
  exports dev.redline.report.outline;
  exports dev.redline.report.tracker;

  opens dev.redline.report.json to com.fasterxml.jackson.databind;
  opens dev.redline.report.internal to com.fasterxml.jackson.databind;
  opens dev.redline.report.concordance to com.fasterxml.jackson.databind;
  opens dev.redline.report.outline to com.fasterxml.jackson.databind;

  requires transitive dev.redline.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires java.xml;
  requires org.apache.poi.ooxml;
}
