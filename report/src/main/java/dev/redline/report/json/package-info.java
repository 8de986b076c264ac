/**
 * A comparison, or a history of comparisons, as JSON for other tools; its schema is {@code
 * docs/comparison.schema.json}.
 */
package dev.redline.report.json;
