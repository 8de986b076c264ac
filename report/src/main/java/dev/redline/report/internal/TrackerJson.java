package dev.redline.report.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.redline.model.Demand;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.Tracker;
import java.util.ArrayList;
import java.util.List;

/**
 * The tracker as the JSON reports write it: its drafts, then every demand with its finding in each
 * draft and their evidence. The records are the JSON's objects, their fields in the order written.
 */
@JsonPropertyOrder({"drafts", "demands"})
public record TrackerJson(List<DraftJson> drafts, List<DemandJson> demands) {
  /** A draft the demands were checked in. */
  @JsonPropertyOrder({"revision", "symbol", "source"})
  public record DraftJson(String revision, String symbol, String source) {}

  /** A demand and its finding in each draft. */
  @JsonPropertyOrder({"id", "title", "source", "numbering", "targets", "check", "findings"})
  public record DemandJson(String id, String title, String source, String numbering, List<String> targets, String check, List<FindingJson> findings) {}

  /** A demand's status in one draft, and why. */
  @JsonPropertyOrder({"revision", "status", "score", "met", "unmet", "explanation", "evidence"})
  public record FindingJson(String revision, String status, double score, List<String> met, List<String> unmet, String explanation, List<EvidenceJson> evidence) {}

  /**
   * Where a finding's evidence is, what it quotes, and its change from the previous draft (the
   * differ's, as the comparison's JSON writes a text change) with the same change as plain text;
   * file, line, page and change only where there are some.
   */
  @JsonPropertyOrder({"article", "path", "file", "line", "page", "quote", "change", "redline"})
  public record EvidenceJson(
      String article,
      String path,
      @JsonInclude(JsonInclude.Include.NON_NULL) String file,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
      String quote,
      @JsonInclude(JsonInclude.Include.NON_NULL) TextChangeJson change,
      String redline) {}

  /** The tracker's JSON object. */
  public static TrackerJson of(Tracker tracker) {
    List<DraftJson> drafts = tracker.history().drafts().stream().map(d -> new DraftJson(d.revision(), d.symbol(), d.source())).toList();
    List<DemandJson> demands = new ArrayList<>();
    for (int d = 0; d < tracker.demands().size(); d++) {
      Demand demand = tracker.demands().get(d);
      List<FindingJson> findings = tracker.findings().get(d).stream().map(TrackerJson::finding).toList();
      demands.add(new DemandJson(demand.id(), demand.title(), demand.source(), demand.numbering(),
          demand.targets().stream().map(Object::toString).toList(), demand.check().describe(), findings));
    }
    return new TrackerJson(drafts, demands);
  }

  private static FindingJson finding(Finding f) {
    return new FindingJson(f.revision(), f.status().name(), Json.rounded(f.score()), f.met(), f.unmet(), f.explanation(),
        f.evidence().stream().map(TrackerJson::evidence).toList());
  }

  private static EvidenceJson evidence(Evidence e) {
    var p = e.provenance();
    return new EvidenceJson(e.article(), e.path(), p == null ? null : p.file(), p == null ? null : p.line(),
        p != null && p.hasPage() ? p.page() : null, e.quote(), e.change().map(TextChangeJson::of).orElse(null), Demands.redline(e));
  }
}
