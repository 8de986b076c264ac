/**
 * What the report writers share and do not export: escaping, a reproducible ZIP writer, and the
 * sentences that say what happened to an article. Not part of the API; may change at any time.
 */
package dev.redline.report.internal;
