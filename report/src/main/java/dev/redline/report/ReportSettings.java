package dev.redline.report;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What every report writer is told besides what to write: who the Word file's tracked changes and
 * comments are by, the clock that dates the report, and whether the Word redline is the printable
 * one. The same settings serve every format; a format ignores what it does not show (only the Word
 * redline names an author, only it can be printable).
 *
 * <p>Immutable and thread-safe: each {@code with...} returns new settings. {@link #DEFAULTS}: author
 * "Redline", the system clock (each report dated when written), tracked changes.
 *
 * @param author who the tracked changes and comments are by
 * @param clock when a report is made, read once per report and shown to the second
 * @param printable whether the Word redline shows its changes by formatting, nothing tracked
 */
public record ReportSettings(String author, Clock clock, boolean printable) {
  /** Author "Redline", dated by the system clock in the system time zone when written, changes tracked. */
  public static final ReportSettings DEFAULTS = new ReportSettings("Redline", Clock.system(ZoneId.systemDefault()), false);

  /** @throws NullPointerException if the author or the clock is null */
  public ReportSettings {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(clock, "clock");
  }

  /** These settings with another author of the tracked changes and comments. */
  public ReportSettings withAuthor(String author) {
    return new ReportSettings(author, clock, printable);
  }

  /** These settings with every report dated {@code date}, so that the same input gives the same bytes. */
  public ReportSettings withDate(ZonedDateTime date) {
    return withClock(Clock.fixed(date.toInstant(), date.getZone()));
  }

  /** These settings with another clock. */
  public ReportSettings withClock(Clock clock) {
    return new ReportSettings(author, clock, printable);
  }

  /** These settings with the printable Word redline, or the tracked one. */
  public ReportSettings withPrintable(boolean printable) {
    return new ReportSettings(author, clock, printable);
  }

  /** The moment a report is made, by the clock, to the second. */
  public ZonedDateTime now() {
    return ZonedDateTime.now(clock).withNano(0);
  }
}
