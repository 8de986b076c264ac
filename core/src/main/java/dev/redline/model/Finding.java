package dev.redline.model;

import java.util.List;
import java.util.Objects;

/**
 * The status of one demand in one draft, with what supports it.
 *
 * @param demand the demand
 * @param revision the draft's revision label
 * @param status the status
 * @param score how much of the check is met, from 0 to 1
 * @param met the parts met (labels or descriptions), in the check's order
 * @param unmet the parts not met
 * @param evidence the clauses quoted, in draft order
 * @param explanation one line a user can read: why this status
 */
public record Finding(
    Demand demand,
    String revision,
    DemandStatus status,
    double score,
    List<String> met,
    List<String> unmet,
    List<Evidence> evidence,
    String explanation) {
  public Finding {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(status, "status");
    met = List.copyOf(met);
    unmet = List.copyOf(unmet);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(explanation, "explanation");
  }
}
