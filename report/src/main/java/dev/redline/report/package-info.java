/**
 * Writers that turn a {@link dev.redline.model.Comparison} into files people open. A writer reads
 * only the comparison, never the source files. Output goes to a temporary file beside the target
 * and is moved into place only when complete ({@link dev.redline.report.ReportFiles}).
 */
package dev.redline.report;
