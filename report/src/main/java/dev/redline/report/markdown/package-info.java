/** A comparison or a history summed up in Markdown, for emails and issue trackers. */
package dev.redline.report.markdown;
