/**
 * The {@code redline} command line: turns arguments into calls of the core and report entry
 * points, and their results into files, messages and exit codes ({@link dev.redline.cli.ExitCode}).
 * It holds no comparison logic of its own.
 */
package dev.redline.cli;
