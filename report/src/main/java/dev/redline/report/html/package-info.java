/**
 * The HTML report: one self-contained file (styles and script inline, nothing fetched) that shows
 * a comparison, or a history of comparisons, in a browser and prints well.
 */
package dev.redline.report.html;
