package dev.redline.model;

import java.util.List;

/**
 * The status of every demand in every draft of a history: the table an NGO keeps by hand today.
 *
 * @param history the drafts and their alignment
 * @param demands the demands, in file order
 * @param findings for each demand (same order), one finding per draft of the history (same order)
 */
public record Tracker(History history, List<Demand> demands, List<List<Finding>> findings) {
  public Tracker {
    demands = List.copyOf(demands);
    findings = findings.stream().map(List::copyOf).toList();
  }

  /** The finding for a demand in a draft (by their indices). */
  public Finding finding(int demand, int draft) {
    return findings.get(demand).get(draft);
  }
}
