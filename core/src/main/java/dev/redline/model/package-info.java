/**
 * The Redline model: immutable data describing drafts ({@link dev.redline.model.Draft}), how their
 * articles correspond ({@link dev.redline.model.Alignment}) and what changed between them
 * ({@link dev.redline.model.Comparison}).
 *
 * <p>Every type here is a record, an enum or a sealed interface of records, holds no behaviour
 * beyond small derived values, copies its lists on construction and never holds {@code null} where a
 * list, a string or an {@link java.util.Optional} would do; where a component may be absent, its
 * Javadoc says so. Instances are safe to share between threads.
 *
 * <p>Identity is by id: every article, clause and footnote has an id unique within its draft, and
 * maps are keyed by it, never by the records, whose equality is deep. Clause paths are {@link
 * dev.redline.model.ClausePath}s. Text is {@link dev.redline.model.InlineText}: runs and footnote
 * references, with one plain-text view derived from them for diffs, word counts and spec files.
 */
package dev.redline.model;
