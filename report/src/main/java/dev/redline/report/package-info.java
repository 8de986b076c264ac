/**
 * Writers that turn a {@link dev.redline.model.Comparison} (or a history of comparisons) into files
 * people open: the Word redline, a web page, JSON and Markdown ({@link
 * dev.redline.report.ReportWriter} picks one by {@link dev.redline.report.ReportFormat}), the
 * concordance, the demand tracker, the flow diagram and a draft's outline. A writer reads only the comparison, never the source files;
 * the same input and date give the same bytes. Output goes to a temporary file beside the target
 * and is moved into place only when complete ({@link dev.redline.report.ReportFiles}).
 */
package dev.redline.report;
