/**
 * Reading drafts from files into the {@link dev.redline.model.Draft} model.
 *
 * <p>{@link dev.redline.read.DraftReaders#read(java.nio.file.Path)} picks a reader by the file's
 * name and content; {@link dev.redline.read.DraftReaders#read(java.nio.file.Path,
 * dev.redline.read.ReadOptions)} takes a pattern for unusual article headings. Every reader throws {@link dev.redline.read.DraftReadException} for input it
 * cannot use, with a message that names the file and the problem; it never modifies its input.
 * Readers hold no state between calls and are safe to share between threads.
 */
package dev.redline.read;
