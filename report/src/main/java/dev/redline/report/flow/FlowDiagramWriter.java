package dev.redline.report.flow;

import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleLink;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.LinkKind;
import dev.redline.model.Lineage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws a history as a flow diagram in SVG: one column per draft, one node per article at its
 * place in that draft, and one band per provision (lineage) joining its articles from column to
 * column. Insertions start late, deletions end early, renumbering and moves slope or cross,
 * splits fan out and merges fan in; bands are coloured by what happened, and hovering one shows
 * the provision's numbers and titles. Self-contained (no scripts, no fonts, no network);
 * deterministic. Stateless and thread-safe.
 */
public final class FlowDiagramWriter {
  private static final int COLUMN_GAP = 240;
  private static final int ROW = 14;
  private static final int NODE_WIDTH = 34;
  private static final int TOP = 48;
  private static final int LEFT = 40;
  private static final int LEGEND_GAP = 105;

  private FlowDiagramWriter() {}

  /** The kind of change a band shows, with its colour. */
  private enum Shade {
    SAME("#9aa5b1"), CHANGED("#3b6fb6"), INSERTED("#2e8b57"), DELETED("#c0392b"), MOVED("#e67e22"), SPLIT_OR_MERGED("#8e44ad");

    final String colour;

    Shade(String colour) {
      this.colour = colour;
    }

    String css() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The SVG document. */
  public static String write(History history) {
    List<Draft> drafts = history.drafts();
    int rows = drafts.stream().mapToInt(d -> d.articles().size()).max().orElse(0);
    int width = Math.max(LEFT * 2 + COLUMN_GAP * (drafts.size() - 1) + NODE_WIDTH, LEFT * 2 + LEGEND_GAP * Shade.values().length);
    int height = TOP + rows * ROW + 40;
    List<Map<String, Integer>> rowOf = new ArrayList<>();
    for (Draft d : drafts) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < d.articles().size(); i++) {
        m.put(d.articles().get(i).id(), i);
      }
      rowOf.add(m);
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"redline-flow\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">%n",
        width, height, width, height, escape("How the articles moved from " + drafts.get(0).revision() + " to " + drafts.get(drafts.size() - 1).revision())));
    svg.append("<style>.redline-flow .band path{fill:none;stroke-width:6;stroke-opacity:.55}"
        + ".redline-flow .band:hover path{stroke-opacity:1;stroke-width:9}.redline-flow .band rect{stroke:#222;stroke-width:.5}"
        + ".redline-flow text{font:11px sans-serif;fill:#222}.redline-flow .head{font-weight:bold;font-size:13px}"
        + "</style>\n");
    for (int c = 0; c < drafts.size(); c++) {
      svg.append(String.format(Locale.ROOT, "<text class=\"head\" x=\"%d\" y=\"%d\">%s</text>%n",
          x(c), TOP - 20, escape(drafts.get(c).revision())));
    }
    for (Lineage lineage : history.lineages()) {
      band(svg, history, lineage, rowOf);
    }
    legend(svg, height - 16);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void band(StringBuilder svg, History history, Lineage lineage, List<Map<String, Integer>> rowOf) {
    int drafts = history.drafts().size();
    Shade shade = shade(history, lineage);
    List<String> numbers = new ArrayList<>();
    for (int d = 0; d < drafts; d++) {
      numbers.add(lineage.numbers(d));
    }
    svg.append(String.format(Locale.ROOT, "<g class=\"band %s\" data-numbers=\"%s\">%n", shade.css(), escape(String.join("|", numbers))));
    svg.append("<title>").append(escape(title(history, lineage))).append("</title>\n");
    for (int d = 0; d + 1 < drafts; d++) {
      for (Article from : lineage.articles().get(d)) {
        for (Article to : lineage.articles().get(d + 1)) {
          double y1 = y(rowOf.get(d).get(from.id()));
          double y2 = y(rowOf.get(d + 1).get(to.id()));
          double x1 = x(d) + NODE_WIDTH;
          double x2 = x(d + 1);
          double mid = (x1 + x2) / 2;
          svg.append(String.format(Locale.ROOT,
              "<path d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f\" stroke=\"%s\"/>%n", x1, y1, mid, y1, mid, y2, x2, y2, shade.colour));
        }
      }
    }
    for (int d = 0; d < drafts; d++) {
      for (Article a : lineage.articles().get(d)) {
        double y = y(rowOf.get(d).get(a.id()));
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%.1f\">%s</text>%n",
            x(d), y - ROW / 2.0 + 1, NODE_WIDTH, ROW - 2, nodeFill(shade), x(d) + 4, y + 4, escape(a.number())));
      }
    }
    svg.append("</g>\n");
  }

  /** Nodes of inserted and deleted provisions are tinted, since they have a band on one side only. */
  private static String nodeFill(Shade shade) {
    return switch (shade) {
      case INSERTED -> "#bfe5cf";
      case DELETED -> "#f2c4bf";
      default -> "#f4f6f8";
    };
  }

  /** What happened to the provision over the whole history, the most telling kind first. */
  private static Shade shade(History history, Lineage lineage) {
    List<Alignment> steps = history.steps().stream().map(dev.redline.model.Comparison::alignment).toList();
    Shade shade = Shade.SAME;
    boolean present = !lineage.articles().get(0).isEmpty();
    for (int k = 0; k < steps.size(); k++) {
      List<Article> before = lineage.articles().get(k);
      List<Article> after = lineage.articles().get(k + 1);
      if (before.isEmpty() && after.isEmpty()) {
        continue;
      }
      ArticleLink link = after.isEmpty() ? steps.get(k).linkOfOld(before.get(0)).orElseThrow() : steps.get(k).linkOfNew(after.get(0)).orElseThrow();
      if (link.is(LinkKind.SPLIT) || link.is(LinkKind.MERGED)) {
        return Shade.SPLIT_OR_MERGED;
      }
      if (link.is(LinkKind.DELETED)) {
        return Shade.DELETED;
      }
      if (link.is(LinkKind.INSERTED) && !present) {
        shade = Shade.INSERTED;
      } else if (link.is(LinkKind.MOVED)) {
        shade = Shade.MOVED;
      } else if (shade == Shade.SAME && !link.is(LinkKind.UNCHANGED)) {
        shade = Shade.CHANGED;
      }
    }
    return shade;
  }

  /**
   * The band's tooltip: the provision's heading in each draft, then, for an article shared with
   * other bands (the old article of a split, the new one of a merger), where else it went, since
   * only one band's tooltip shows where the shared box is hovered.
   */
  private static String title(History history, Lineage lineage) {
    List<String> parts = new ArrayList<>();
    for (int d = 0; d < history.drafts().size(); d++) {
      List<Article> cell = lineage.articles().get(d);
      String where = history.drafts().get(d).revision() + ": ";
      parts.add(where + (cell.isEmpty() ? "\u2014" : cell.stream().map(a -> a.heading()).collect(Collectors.joining(" + "))));
    }
    for (int d = 0; d < history.drafts().size(); d++) {
      for (Article shared : lineage.articles().get(d)) {
        for (Lineage other : history.lineages()) {
          if (other != lineage && other.articles().get(d).stream().anyMatch(a -> a == shared)) {
            List<String> elsewhere = new ArrayList<>();
            for (int e = 0; e < history.drafts().size(); e++) {
              if (e != d && !other.articles().get(e).isEmpty()) {
                elsewhere.add(history.drafts().get(e).revision() + " Article " + other.numbers(e));
              }
            }
            parts.add(history.drafts().get(d).revision() + " Article " + shared.number() + " is also "
                + (elsewhere.isEmpty() ? "a provision of its own" : String.join(", ", elsewhere)));
          }
        }
      }
    }
    return String.join("\n", parts);
  }

  private static void legend(StringBuilder svg, int y) {
    int x = LEFT;
    for (Shade s : Shade.values()) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"8\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
          x, y - 7, s.colour, x + 18, y, s.css().replace('-', ' ')));
      x += LEGEND_GAP;
    }
  }

  private static int x(int column) {
    return LEFT + column * COLUMN_GAP;
  }

  private static double y(int row) {
    return TOP + row * ROW + ROW / 2.0;
  }

  private static String escape(String s) {
    return dev.redline.report.internal.Xml.escape(s);
  }
}
