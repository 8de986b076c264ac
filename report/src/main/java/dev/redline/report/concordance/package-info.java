/** The concordance of a history of drafts: one row per provision, one column per draft. */
package dev.redline.report.concordance;
