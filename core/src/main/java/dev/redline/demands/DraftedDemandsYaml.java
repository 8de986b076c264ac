package dev.redline.demands;

import dev.redline.model.DemandCheck;
import dev.redline.model.DemandTarget;
import dev.redline.model.DraftedDemand;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes drafted demands as a demands file ({@code docs/demands.schema.json}) that {@link
 * DemandsFile#read} accepts: every demand marked {@code draft: true}, with the letter's sentence
 * quoted, its page and line, its confidence, and a comment saying why its target and check were
 * chosen (and, for a topic, which articles are proposed as targets). Stateless and thread-safe.
 */
public final class DraftedDemandsYaml {
  private DraftedDemandsYaml() {}

  /**
   * The demands file's text.
   *
   * @param letter the letter's file name, as the file cites it
   * @param demands the drafted demands, as {@link DemandDrafter#draft} returns them
   * @return YAML, ending with a line break
   */
  public static String format(String letter, List<DraftedDemand> demands) {
    StringBuilder b = new StringBuilder();
    b.append("# Demands drafted by Redline from ").append(oneLine(letter)).append(".\n");
    b.append("# Every demand is marked draft: true. Read each against the letter, correct its target and\n");
    b.append("# check, then remove the mark; reports show drafted demands apart from reviewed ones.\n");
    b.append("# The comment above each demand says why its target and check were chosen.\n");
    b.append("redline-demands: 1\n");
    b.append("letters:\n  L1: ").append(quote(letter)).append('\n');
    if (demands.isEmpty()) {
      b.append("# The letter asks for nothing Redline recognises; write the demands by hand.\n");
      b.append("demands: []\n");
      return b.toString();
    }
    b.append("demands:\n");
    for (DraftedDemand d : demands) {
      b.append('\n');
      b.append("  # why: ").append(oneLine(d.why())).append(" (confidence ").append(number(d.confidence())).append(")\n");
      if (!d.proposals().isEmpty()) {
        b.append("  # proposed targets in ").append(oneLine(numberingOf(demands))).append(": ")
            .append(d.proposals().stream()
                .map(p -> p.article() + (p.title().isEmpty() ? "" : " " + oneLine(p.title())) + " (" + number(p.score()) + ")")
                .collect(Collectors.joining("; ")))
            .append('\n');
        b.append("  # to check them instead of the topic, replace 'topic' with: numbering: ").append(oneLine(numberingOf(demands)))
            .append(", targets: [")
            .append(d.proposals().stream().map(p -> quote(p.article())).collect(Collectors.joining(", ")))
            .append("]\n");
      }
      b.append("  - id: ").append(quote(d.demand().id())).append('\n');
      b.append("    draft: true\n");
      b.append("    title: ").append(quote(d.demand().title())).append('\n');
      b.append("    source: ").append(quote("L1, " + d.source().where())).append('\n');
      b.append("    quote: ").append(quote(d.source().sentence())).append('\n');
      b.append("    confidence: ").append(number(d.confidence())).append('\n');
      List<DemandTarget> targets = d.demand().targets();
      List<DemandTarget.Provision> provisions =
          targets.stream().filter(t -> t instanceof DemandTarget.Provision).map(t -> (DemandTarget.Provision) t).toList();
      if (!provisions.isEmpty()) {
        b.append("    numbering: ").append(quote(d.demand().numbering())).append('\n');
        if (provisions.size() == 1) {
          b.append("    target: ").append(quote(provisions.get(0).toString())).append('\n');
        } else {
          b.append("    targets: [").append(provisions.stream().map(p -> quote(p.toString())).collect(Collectors.joining(", "))).append("]\n");
        }
      }
      for (DemandTarget t : targets) {
        if (t instanceof DemandTarget.Topic topic) {
          b.append("    topic: ").append(list(topic.phrases())).append('\n');
        }
      }
      check(b, d.demand().check(), "    ");
    }
    return b.toString();
  }

  private static String numberingOf(List<DraftedDemand> demands) {
    return demands.stream().map(d -> d.demand().numbering()).filter(n -> !n.isEmpty()).findFirst().orElse("the draft");
  }

  private static void check(StringBuilder b, DemandCheck check, String indent) {
    if (check instanceof DemandCheck.AllOf all) {
      b.append(indent).append("check:\n").append(indent).append("  all:\n");
      for (DemandCheck.Part part : all.parts()) {
        b.append(indent).append("    - {").append(flow(part.check()));
        if (!part.label().isEmpty()) {
          b.append(", label: ").append(quote(part.label()));
        }
        b.append("}\n");
      }
    } else {
      b.append(indent).append("check: {").append(flow(check)).append("}\n");
    }
  }

  private static String flow(DemandCheck check) {
    if (check instanceof DemandCheck.Deleted) {
      return "deleted: true";
    }
    if (check instanceof DemandCheck.Changed) {
      return "changed: true";
    }
    if (check instanceof DemandCheck.Contains c) {
      return (c.any() ? "contains-any: " : "contains: ") + list(c.phrases());
    }
    if (check instanceof DemandCheck.Excludes x) {
      return "excludes: " + list(x.phrases());
    }
    if (check instanceof DemandCheck.Review r) {
      return "review: " + quote(r.request());
    }
    throw new IllegalArgumentException("a drafted demand has no nested combination: " + check.describe());
  }

  private static String list(List<String> items) {
    return "[" + items.stream().map(DraftedDemandsYaml::quote).collect(Collectors.joining(", ")) + "]";
  }

  /** A YAML double-quoted scalar. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
