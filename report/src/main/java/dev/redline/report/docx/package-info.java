/**
 * The Word redline: a cover, a summary and a concordance, then the new draft in full with real
 * tracked changes against the old (insertions, deletions, moves, comments), so that accepting every
 * change gives the new draft and rejecting every change gives the old; or the same as a printable
 * redline without tracking.
 */
package dev.redline.report.docx;
