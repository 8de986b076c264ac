/**
 * Clause-level and word-level differences between aligned drafts, gathered into a
 * {@link dev.redline.model.Comparison}.
 *
 * <p>{@link dev.redline.diff.ClauseDiffer#compare(dev.redline.model.Alignment)} is the entry point.
 * Word differences never split a word: text is cut into words, numbers, footnote markers, white
 * space and single punctuation marks before it is compared. Instances are immutable and
 * thread-safe.
 */
package dev.redline.diff;
