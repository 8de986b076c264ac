/**
 * The facade: {@link dev.redline.Redline} wires reading's results through alignment and the
 * clause diff the same way for the command line, the web app, the benchmarks and the tests.
 */
package dev.redline;
