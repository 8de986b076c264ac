/**
 * Clause-level and word-level differences between aligned drafts, with what kind of change each
 * edit is, gathered into a {@link dev.redline.model.Comparison}.
 *
 * <p>{@link dev.redline.diff.ClauseDiffer#compare(dev.redline.model.Alignment)} is the entry point;
 * {@link dev.redline.diff.ClauseDiffer#compare(dev.redline.model.ArticleLink,
 * dev.redline.diff.Renumbering)} compares one pair of articles against a renumbering given by hand.
 * The layers follow one another: {@link dev.redline.diff.Tokens} cut text into words, numbers,
 * footnote markers, white space and single punctuation marks, so a word is never split; a token
 * edit script is computed on them, in which tokens that differ only in white space, quote or dash
 * style or line-end hyphenation are equal; the script is cut into classified {@link
 * dev.redline.model.Edit}s and, for display, into {@link dev.redline.model.Segment}s; clauses are
 * paired by their text, so relettering and reordering show as such. Cross-references are read in
 * English only ({@code article 17}, {@code articles 24 to 29}, {@code article 40, paragraph 22}).
 * Instances are immutable and thread-safe.
 */
package dev.redline.diff;
