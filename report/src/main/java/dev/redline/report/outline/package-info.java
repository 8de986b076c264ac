/** What Redline recognised in one draft: its outline as text, its whole structure as JSON. */
package dev.redline.report.outline;
