/**
 * Alignment: which article of one draft became which article of another.
 *
 * <p>{@link dev.redline.align.Aligner#align(dev.redline.model.Draft, dev.redline.model.Draft)}
 * matches articles by their text, with titles and position as weaker hints, so renumbering does not
 * disturb it. An {@link dev.redline.align.Aligner} is immutable and safe to share between threads.
 */
package dev.redline.align;
