package dev.redline.report.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.model.Demand;
import dev.redline.model.Draft;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.Tracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON as the reports write it: two-space indents, {@code \n} line ends on every system, keys in insertion order. Stateless. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** The tree (maps, lists, strings, numbers, booleans, nulls) as indented JSON, ending with a line break. */
  public static String write(Object tree) {
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number rounded to three decimals, so that the text does not depend on floating-point noise. */
  public static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** The tracker as a tree: its drafts, then every demand with its finding in each draft and their evidence. */
  public static Map<String, Object> tracker(Tracker tracker) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Map<String, Object>> drafts = new ArrayList<>();
    for (Draft draft : tracker.history().drafts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("revision", draft.revision());
      m.put("symbol", draft.symbol());
      m.put("source", draft.source());
      drafts.add(m);
    }
    root.put("drafts", drafts);
    List<Map<String, Object>> demands = new ArrayList<>();
    for (int d = 0; d < tracker.demands().size(); d++) {
      Demand demand = tracker.demands().get(d);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", demand.id());
      m.put("title", demand.title());
      m.put("source", demand.source());
      m.put("numbering", demand.numbering());
      m.put("targets", demand.targets().stream().map(Object::toString).toList());
      m.put("check", demand.check().describe());
      List<Map<String, Object>> findings = new ArrayList<>();
      for (Finding f : tracker.findings().get(d)) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("revision", f.revision());
        fm.put("status", f.status().name());
        fm.put("score", rounded(f.score()));
        fm.put("met", f.met());
        fm.put("unmet", f.unmet());
        fm.put("explanation", f.explanation());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence e : f.evidence()) {
          Map<String, Object> em = new LinkedHashMap<>();
          em.put("article", e.article());
          em.put("path", e.path());
          if (e.provenance() != null) {
            em.put("file", e.provenance().file());
            em.put("line", e.provenance().line());
            if (e.provenance().hasPage()) {
              em.put("page", e.provenance().page());
            }
          }
          em.put("quote", e.quote());
          em.put("redline", e.redline());
          evidence.add(em);
        }
        fm.put("evidence", evidence);
        findings.add(fm);
      }
      m.put("findings", findings);
      demands.add(m);
    }
    root.put("demands", demands);
    return root;
  }
}
