/** Pictures of a revision history: the flow of every provision across the drafts, as SVG. */
package dev.redline.report.flow;
