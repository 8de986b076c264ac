/** The demand tracker (demands by drafts, with evidence) as text, CSV, JSON and a spreadsheet. */
package dev.redline.report.tracker;
