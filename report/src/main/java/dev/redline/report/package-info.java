/**
 * Writers that turn a {@link dev.redline.model.Comparison} into files people open, and the model's
 * other results (a history's concordance, one draft's outline) into text. A writer reads only the
 * model, never the source files. Output files go to a temporary file beside the target and are
 * moved into place only when complete ({@link dev.redline.report.ReportFiles}).
 */
package dev.redline.report;
