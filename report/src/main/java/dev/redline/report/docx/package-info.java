/**
 * The Word redline: the new draft in full with real tracked changes against the old, so that
 * accepting every change gives the new draft and rejecting every change gives the old.
 */
package dev.redline.report.docx;
