/**
 * The Redline model: immutable data describing drafts ({@link dev.redline.model.Draft}), how their
 * articles correspond ({@link dev.redline.model.Alignment}) and what changed between them
 * ({@link dev.redline.model.Comparison}).
 *
 * <p>Every type here is a record or an enum, holds no behaviour beyond small derived values, copies
 * its lists on construction and never holds {@code null} where a list, a string or an
 * {@link java.util.Optional} would do; where a component may be absent, its Javadoc says so.
 * Instances are safe to share between threads.
 */
package dev.redline.model;
