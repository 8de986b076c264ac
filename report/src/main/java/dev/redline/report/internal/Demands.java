package dev.redline.report.internal;

import dev.redline.model.DemandStatus;
import dev.redline.model.Evidence;
import dev.redline.model.Segment;
import dev.redline.model.Finding;
import dev.redline.model.Tracker;
import java.util.Map;

/**
 * How reports show a demand's status: its colour, the sentence a comment or a tooltip gives, and
 * the change its evidence quotes as plain text. Stateless.
 */
public final class Demands {
  private static final Map<DemandStatus, String> COLOURS = Map.of(
      DemandStatus.ADOPTED, "C6EFCE",
      DemandStatus.PARTLY_ADOPTED, "FFEB9C",
      DemandStatus.NOT_ADOPTED, "F4CCCC",
      DemandStatus.REVERSED, "F8A5A5",
      DemandStatus.TARGET_NOT_FOUND, "E0E0E0",
      DemandStatus.NEEDS_REVIEW, "CFE2F3");

  private Demands() {}

  /**
   * The change a piece of evidence quotes, as plain text: deletions in {@code [-…-]}, insertions in
   * {@code {+…+}}, in the plain view the quote has ({@code [^1]} for a footnote reference); empty
   * where there is none.
   */
  public static String redline(Evidence evidence) {
    if (evidence.change().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (Segment s : evidence.change().get().segments()) {
      switch (s.op()) {
        case EQUAL -> b.append(s.text());
        case DELETE -> b.append("[-").append(s.text()).append("-]");
        case INSERT -> b.append("{+").append(s.text()).append("+}");
      }
    }
    return b.toString();
  }

  /** The status's background colour, {@code RRGGBB}: green adopted, yellow partly, red not or reversed, grey not found, blue review. */
  public static String colour(DemandStatus status) {
    return COLOURS.get(status);
  }

  /**
   * One demand's status in one draft, and in the draft before where it differs, with the reason:
   * {@code D2 (Rev.3): reversed; adopted in Rev.2. Legal persons liable only ... 100% met in Rev.2, 0% now}.
   */
  public static String comment(Tracker tracker, int demand, int draft) {
    Finding f = tracker.finding(demand, draft);
    StringBuilder b = new StringBuilder();
    b.append(tracker.demands().get(demand).id()).append(" (").append(f.revision()).append("): ").append(f.status().words());
    if (draft > 0) {
      Finding before = tracker.finding(demand, draft - 1);
      if (before.status() != f.status()) {
        b.append("; ").append(before.status().words()).append(" in ").append(before.revision());
      }
    }
    b.append(". ").append(tracker.demands().get(demand).title()).append(". ");
    String why = f.explanation();
    b.append(why.isEmpty() ? "" : Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
    return b.toString().strip();
  }
}
