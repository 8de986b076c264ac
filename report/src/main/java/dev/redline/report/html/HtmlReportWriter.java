package dev.redline.report.html;

import static dev.redline.report.internal.Xml.escape;

import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.Format;
import dev.redline.model.History;
import dev.redline.model.Inline;
import dev.redline.model.LinkKind;
import dev.redline.model.Segment;
import dev.redline.model.Statistics;
import dev.redline.model.Tracker;
import dev.redline.report.ReportSettings;
import dev.redline.report.internal.Demands;
import dev.redline.report.internal.Headline;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.Steps;
import dev.redline.report.internal.TableChanges;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a comparison, or a history of comparisons, as one self-contained HTML file: styles and
 * script inline, nothing loaded from anywhere. It shows a navigation list of the articles with a
 * badge for what happened to each (renumbered, moved, split, ...), each article as an inline
 * redline that a button turns into old and new side by side, a filter for changed articles only,
 * the summary counts, the concordance and, with a {@link Tracker}, the status of every demand. It
 * prints as the inline redline without the navigation.
 *
 * <p>All text is escaped; the file is UTF-8. The same input and date always give the same text.
 * Immutable and thread-safe.
 */
public final class HtmlReportWriter {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final ReportSettings settings;

  /** A writer with these settings; it shows their date. */
  public HtmlReportWriter(ReportSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The report of one comparison, with the demands' statuses if a tracker is given. */
  public String write(Comparison comparison, Optional<Tracker> tracker) {
    Page page = new Page(Headline.title(comparison), comparison.newDraft().titleContent().withoutNoteRefs());
    page.nav.append("<ul class=\"sections\"><li><a href=\"#summary\">Summary</a></li>");
    tracker.ifPresent(t -> page.nav.append("<li><a href=\"#demands\">Demands</a></li>"));
    page.nav.append("<li><a href=\"#concordance\">Concordance</a></li></ul>");
    StringBuilder main = page.main;
    main.append("<section id=\"cover\">");
    drafts(main, List.of(comparison.oldDraft(), comparison.newDraft()), List.of(comparison));
    main.append("</section>");
    summary(main, comparison, "summary");
    tracker.ifPresent(t -> demands(main, t));
    concordance(main, comparison, "concordance");
    main.append("<section id=\"text\"><h2>").append(escape(comparison.newDraft().revision())).append(" against ")
        .append(escape(comparison.oldDraft().revision())).append("</h2>");
    text(page, comparison, tracker, "");
    main.append("</section>");
    return page.html();
  }

  /**
   * The report of a history: the concordance over all its drafts, then the redline of each step.
   *
   * @param steps the comparison of each step: {@code steps.get(k)} compares drafts k and k+1
   * @throws IllegalArgumentException if the steps do not compare the history's drafts in order
   */
  public String write(History history, List<Comparison> steps, Optional<Tracker> tracker) {
    Steps.check(history, steps);
    List<Draft> drafts = history.drafts();
    String title = "History of " + drafts.get(0).revision() + " to " + drafts.get(drafts.size() - 1).revision();
    Page page = new Page(title, drafts.get(drafts.size() - 1).titleContent().withoutNoteRefs());
    page.nav.append("<ul class=\"sections\"><li><a href=\"#concordance\">Concordance</a></li>");
    page.nav.append("<li><a href=\"#flow\">Flow of provisions</a></li>");
    tracker.ifPresent(t -> page.nav.append("<li><a href=\"#demands\">Demands</a></li>"));
    page.nav.append("</ul>");
    StringBuilder main = page.main;
    main.append("<section id=\"cover\">");
    drafts(main, drafts, steps);
    main.append("</section>");
    historyConcordance(main, history);
    main.append("<section id=\"flow\"><h2>Flow of provisions</h2><div class=\"flow\">")
        .append(dev.redline.report.flow.FlowDiagramWriter.write(history))
        .append("</div></section>");
    tracker.ifPresent(t -> demands(main, t));
    for (int k = 0; k < steps.size(); k++) {
      Comparison step = steps.get(k);
      String prefix = "s" + (k + 1) + "-";
      String name = step.oldDraft().revision() + " \u2192 " + step.newDraft().revision();
      page.nav.append("<div class=\"step\"><a href=\"#").append(prefix).append("step\">").append(escape(name)).append("</a></div>");
      main.append("<section id=\"").append(prefix).append("step\"><h2>").append(escape(Headline.title(step))).append("</h2>");
      main.append("<p>").append(escape(Headline.counts(step.statistics()))).append("</p>");
      summary(main, step, prefix + "summary");
      Optional<Tracker> here = tracker.filter(t -> t.history().drafts().contains(step.newDraft()));
      text(page, step, here, prefix);
      main.append("</section>");
    }
    return page.html();
  }

  /** The page being written: its navigation and its main column. */
  private final class Page {
    final String title;
    final String subtitle;
    final StringBuilder nav = new StringBuilder();
    final StringBuilder main = new StringBuilder(1 << 20);

    Page(String title, String subtitle) {
      this.title = title;
      this.subtitle = subtitle;
    }

    String html() {
      ZonedDateTime when = settings.now();
      StringBuilder b = new StringBuilder(main.length() + nav.length() + CSS.length() + 4096);
      b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"Redline\">\n")
          .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
          .append("<body class=\"view-inline\">\n<header class=\"top\">\n<h1>").append(escape(title)).append("</h1>\n");
      if (!subtitle.isEmpty()) {
        b.append("<p class=\"title\">").append(escape(subtitle)).append("</p>\n");
      }
      b.append("<div class=\"controls\" role=\"toolbar\" aria-label=\"View\"><span>View:</span>")
          .append("<button type=\"button\" data-view=\"inline\" aria-pressed=\"true\">Inline</button>")
          .append("<button type=\"button\" data-view=\"side\" aria-pressed=\"false\">Side by side</button>")
          .append("<label title=\"Hides the articles that are unchanged or only renumbered, with the cross-references that follow\">")
          .append("<input type=\"checkbox\" id=\"changed-only\"> Changed articles only</label>")
          .append("<span class=\"muted\">Made by Redline on ").append(escape(Headline.when(when))).append("</span></div>\n")
          .append("</header>\n<div class=\"layout\">\n<nav class=\"toc\" aria-label=\"Articles\">\n").append(nav)
          .append("</nav>\n<main>\n").append(main).append("</main>\n</div>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
      return b.toString();
    }
  }

  private static void drafts(StringBuilder b, List<Draft> drafts, List<Comparison> steps) {
    b.append("<table class=\"drafts\"><thead><tr><th></th>");
    drafts.forEach(d -> b.append("<th>").append(escape(d.revision())).append("</th>"));
    b.append("</tr></thead><tbody>");
    row(b, "Symbol", drafts.stream().map(Draft::symbol).toList());
    row(b, "Date", drafts.stream().map(Draft::date).toList());
    row(b, "File", drafts.stream().map(Headline::fileName).toList());
    row(b, "Articles", Headline.articleCounts(steps));
    b.append("</tbody></table>");
  }

  private static void row(StringBuilder b, String head, List<String> cells) {
    b.append("<tr><th>").append(escape(head)).append("</th>");
    cells.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
    b.append("</tr>");
  }

  private static void summary(StringBuilder b, Comparison c, String id) {
    Statistics s = c.statistics();
    b.append("<section id=\"").append(id).append("\"><h2>Summary</h2><p>").append(escape(Headline.counts(s))).append("</p>");
    b.append("<table><thead><tr><th>Articles</th><th>Count</th></tr></thead><tbody>");
    for (LinkKind kind : s.linkKindsListed()) {
      b.append("<tr><td>").append(badge(kind)).append("</td><td class=\"n\">").append(s.count(kind)).append("</td></tr>");
    }
    b.append("</tbody></table><table class=\"clauses\"><thead><tr><th>Clauses</th><th>Count</th></tr></thead><tbody>");
    for (Headline.Row row : Headline.clauses(s)) {
      b.append("<tr><td>").append(row.name()).append("</td><td class=\"n\">").append(row.count()).append("</td></tr>");
    }
    b.append("</tbody><tfoot><tr><th>total</th><td class=\"n\">").append(s.clausesChanged()).append("</td></tr></tfoot></table>");
    b.append("<table class=\"changes\"><thead><tr><th>Changes by kind</th><th>Edits</th><th>Words deleted</th><th>Words inserted</th></tr></thead><tbody>");
    for (ChangeKind kind : s.kindsListed()) {
      changeRow(b, "td", kind.word(), s.changes(kind));
    }
    b.append("</tbody><tfoot>");
    changeRow(b, "th", "total", s.total());
    b.append("</tfoot></table><p>Words moved: ").append(s.wordsMoved()).append("</p></section>");
  }

  private static void changeRow(StringBuilder b, String head, String name, ChangeCount n) {
    b.append("<tr><").append(head).append(">").append(name).append("</").append(head).append("><td class=\"n\">").append(n.edits())
        .append("</td><td class=\"n\">").append(n.wordsDeleted()).append("</td><td class=\"n\">").append(n.wordsInserted()).append("</td></tr>");
  }

  private static void demands(StringBuilder b, Tracker t) {
    b.append("<section id=\"demands\"><h2>Demands</h2>");
    boolean anyDrafted = t.demands().stream().anyMatch(dev.redline.model.Demand::draft);
    boolean anyReviewed = t.demands().stream().anyMatch(d -> !d.draft());
    if (anyReviewed) {
      demandTable(b, t, false);
    }
    if (anyDrafted) {
      b.append("<h3 id=\"drafted-demands\">Drafted from a letter, not yet reviewed</h3><p class=\"muted\">Redline drafted these demands"
          + " from a letter; a person has not yet checked their targets and checks. Read them before relying on their statuses.</p>");
      demandTable(b, t, true);
    }
    b.append("</section>");
  }

  private static void demandTable(StringBuilder b, Tracker t, boolean drafted) {
    List<Draft> drafts = t.history().drafts();
    b.append("<table").append(drafted ? " class=\"drafted\"" : "").append("><thead><tr><th>Id</th><th>Demand</th>");
    drafts.forEach(d -> b.append("<th>").append(escape(d.revision())).append("</th>"));
    b.append("</tr></thead><tbody>");
    for (int d = 0; d < t.demands().size(); d++) {
      if (t.demands().get(d).draft() != drafted) {
        continue;
      }
      b.append("<tr><td>").append(escape(t.demands().get(d).id())).append("</td><td>").append(escape(t.demands().get(d).title())).append("</td>");
      for (int r = 0; r < drafts.size(); r++) {
        Finding f = t.finding(d, r);
        b.append("<td class=\"status\" style=\"background:#").append(Demands.colour(f.status())).append("\" title=\"")
            .append(escape(f.explanation())).append("\">").append(escape(f.status().words())).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table>");
  }

  private static void concordance(StringBuilder b, Comparison c, String id) {
    b.append("<section id=\"").append(id).append("\"><h2>Concordance</h2><table><thead><tr><th>")
        .append(escape(c.oldDraft().revision())).append("</th><th>").append(escape(c.newDraft().revision()))
        .append("</th><th>Title</th><th>What happened</th></tr></thead><tbody>");
    for (ReportRows.ConcordanceRow row : ReportRows.concordance(c)) {
      b.append("<tr><td>").append(escape(row.oldNumbers())).append("</td><td>").append(escape(row.newNumbers()))
          .append("</td><td>").append(escape(row.title())).append("</td><td>").append(badges(row.link())).append("</td></tr>");
    }
    b.append("</tbody></table></section>");
  }

  private static void historyConcordance(StringBuilder b, History history) {
    List<Draft> drafts = history.drafts();
    b.append("<section id=\"concordance\"><h2>Concordance</h2><table><thead><tr>");
    drafts.forEach(d -> b.append("<th>").append(escape(d.revision())).append("</th>"));
    b.append("<th>Title</th>");
    for (int k = 1; k < drafts.size(); k++) {
      b.append("<th>").append(escape(drafts.get(k - 1).revision() + " \u2192 " + drafts.get(k).revision())).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (ReportRows.ProvisionRow row : ReportRows.concordance(history)) {
      b.append("<tr>");
      row.numbers().forEach(n -> b.append("<td>").append(escape(n.isEmpty() ? "\u2014" : String.join(", ", n))).append("</td>"));
      b.append("<td>").append(escape(row.title())).append("</td>");
      for (List<LinkKind> step : row.kinds()) {
        b.append("<td>");
        step.forEach(kind -> b.append(badge(kind)));
        b.append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></section>");
  }

  private static String badge(LinkKind kind) {
    return "<span class=\"badge " + kind.word().replace(' ', '-') + "\">" + kind.word() + "</span>";
  }

  private static String badges(ArticleLink link) {
    StringBuilder b = new StringBuilder();
    for (LinkKind kind : EnumSet.copyOf(link.kinds())) {
      if (kind != LinkKind.UNCHANGED) {
        b.append(badge(kind));
      }
    }
    return b.toString();
  }

  // ---- the text: divisions and articles, each article inline and side by side ----

  private static void text(Page page, Comparison c, Optional<Tracker> tracker, String prefix) {
    ReportRows.Draft rows = ReportRows.draft(c);
    NoteLinks links = NoteLinks.of(rows, prefix);
    StringBuilder b = page.main;
    page.nav.append("<ol>");
    if (!rows.title().empty()) {
      b.append("<p class=\"draft-title\"><strong>").append(inline(rows.title(), links)).append("</strong></p>");
    }
    if (!rows.preamble().isEmpty()) {
      b.append("<article class=\"article ").append(rows.preambleChanged() ? "changed" : "unchanged")
          .append("\" id=\"").append(prefix).append("preamble\"><h3 class=\"heading\">Preamble</h3>");
      clauses(b, c, rows.preamble(), List.of(), links);
      b.append("</article>");
    }
    for (ReportRows.PartRow part : rows.parts()) {
      if (part instanceof ReportRows.DivisionRow d) {
        b.append("<h2 class=\"division\">").append(inline(d.heading(), links)).append("</h2>");
      } else if (part instanceof ReportRows.ArticleRow a) {
        article(page, c, a, tracker, prefix, links);
      }
    }
    page.nav.append("</ol>");
  }

  private static void article(Page page, Comparison c, ReportRows.ArticleRow row, Optional<Tracker> tracker, String prefix, NoteLinks links) {
    StringBuilder b = page.main;
    ArticleChange a = row.change();
    String id = prefix + (a.newArticle().isPresent() ? "a-" + anchor(a.newArticle().get()) : "a-old-" + anchor(a.oldArticle().get()));
    Article shown = row.shown();
    String cls = row.matters() ? "changed" : "unchanged";
    page.nav.append("<li class=\"").append(cls).append("\"><a href=\"#").append(id).append("\"><span class=\"num\">")
        .append(escape(a.newArticle().isPresent() ? shown.number() : "(" + shown.number() + ")")).append("</span>")
        .append(escape(shown.titleContent().withoutNoteRefs())).append("</a> ").append(badges(row.link())).append("</li>");
    b.append("<article class=\"article ").append(cls).append("\" id=\"").append(id).append("\"><h3 class=\"heading\">");
    b.append(inline(row.heading(), links));
    b.append(" ").append(badges(row.link())).append("</h3>");
    if (!row.note().isEmpty()) {
      b.append("<p class=\"note\">").append(escape(row.note())).append("</p>");
    }
    if (!row.edits().isEmpty()) {
      b.append("<p class=\"edits\">Edits: ").append(escape(row.edits())).append("</p>");
    }
    tracker.ifPresent(t -> demandNotes(b, t, c, a));
    clauses(b, c, row.clauses(), row.footnotes(), links);
    b.append("</article>");
  }

  /** The demands whose evidence in the new draft lies in this article: their status and why. */
  private static void demandNotes(StringBuilder b, Tracker t, Comparison c, ArticleChange a) {
    int index = t.history().drafts().indexOf(c.newDraft());
    if (index < 0 || a.newArticle().isEmpty()) {
      return;
    }
    String id = a.newArticle().get().id();
    for (int d = 0; d < t.demands().size(); d++) {
      Finding f = t.finding(d, index);
      boolean here = f.evidence().stream().anyMatch(e -> !e.quote().isEmpty() && e.articleId().equals(id));
      if (here) {
        Finding before = index > 0 ? t.finding(d, index - 1) : null;
        String paths = String.join(", ", f.evidence().stream().filter(e -> e.articleId().equals(id)).map(Evidence::path).toList());
        b.append("<div class=\"demand\" style=\"border-left-color:#").append(Demands.colour(f.status())).append("\"><strong>")
            .append(escape(t.demands().get(d).id())).append("</strong> <span class=\"status\" style=\"background:#")
            .append(Demands.colour(f.status())).append("\">").append(escape(f.status().words())).append("</span>");
        if (t.demands().get(d).draft()) {
          b.append(" <span class=\"muted\">(drafted from a letter, not yet reviewed)</span>");
        }
        if (before != null && before.status() != f.status()) {
          b.append(" <span class=\"muted\">(").append(escape(before.status().words())).append(" in ").append(escape(before.revision())).append(")</span>");
        }
        b.append(" ").append(escape(t.demands().get(d).title())).append(". <span class=\"muted\">").append(escape(f.explanation()))
            .append(" (").append(escape(paths)).append(")</span></div>");
      }
    }
  }

  private static void clauses(StringBuilder b, Comparison c, List<ReportRows.Block> clauses, List<ReportRows.Line> footnotes, NoteLinks links) {
    b.append("<div class=\"inline-view\">");
    for (ReportRows.Block block : clauses) {
      if (block instanceof ReportRows.TableBlock t) {
        b.append(table(t.table(), null, links));
      } else if (block instanceof ReportRows.Line clause) {
        b.append("<p class=\"clause d").append(Math.max(0, clause.depth())).append("\">").append(inline(clause, links)).append("</p>");
      }
    }
    for (ReportRows.Line footnote : footnotes) {
      b.append(links.paragraph(footnote)).append(inline(footnote, links)).append("</p>");
    }
    b.append("</div><table class=\"side-view\"><thead><tr><th>").append(escape(c.oldDraft().revision())).append("</th><th>")
        .append(escape(c.newDraft().revision())).append("</th></tr></thead><tbody>");
    for (ReportRows.Block block : clauses) {
      if (block instanceof ReportRows.TableBlock t) {
        b.append("<tr><td>").append(table(t.table(), true, links)).append("</td><td>").append(table(t.table(), false, links)).append("</td></tr>");
      } else if (block instanceof ReportRows.Line clause) {
        String depth = "clause d" + Math.max(0, clause.depth());
        b.append("<tr><td class=\"").append(depth).append("\">").append(side(clause, true, links)).append("</td><td class=\"").append(depth).append("\">")
            .append(side(clause, false, links)).append("</td></tr>");
      }
    }
    for (ReportRows.Line footnote : footnotes) {
      b.append("<tr><td class=\"clause footnote\">").append(side(footnote, true, links)).append("</td><td class=\"clause footnote\">")
          .append(side(footnote, false, links)).append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  /**
   * A table of the draft: inline ({@code old} null), every row with its cells' changes, an inserted
   * row marked {@code row-inserted}, a deleted one {@code row-deleted} and one whose cells changed
   * {@code row-modified}; or one side, the rows that draft holds. Empty for a side without the table.
   */
  private static String table(TableChanges.Table table, Boolean old, NoteLinks links) {
    if (old != null && (old ? table.table().oldClause() : table.table().newClause()).isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<table class=\"draft-table\"><tbody>");
    for (TableChanges.Row row : table.rows()) {
      if (old != null && (old ? row.inserted() : row.deleted())) {
        continue;
      }
      b.append("<tr").append(row.inserted() ? " class=\"row-inserted\"" : row.deleted() ? " class=\"row-deleted\"" : row.changed() ? " class=\"row-modified\"" : "")
          .append(">");
      for (int c = 0; c < row.cells().size(); c++) {
        boolean last = c == row.cells().size() - 1;
        ReportRows.Line cell = ReportRows.inPlace(row.cells().get(c).text());
        b.append("<td").append(last && row.cells().size() < table.columns() ? " colspan=\"" + (table.columns() - c) + "\"" : "").append(">")
            .append(old == null ? inline(cell, links) : side(cell, old, links)).append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  /** A line as an inline redline: deletions in {@code del}, insertions in {@code ins}, moves in spans, then where a moved clause went or came from. */
  private static String inline(ReportRows.Line line, NoteLinks links) {
    StringBuilder b = new StringBuilder();
    for (ReportRows.Piece p : line.pieces()) {
      b.append(piece(p, links));
    }
    if (line.shape() != ReportRows.Shape.IN_PLACE && line.clause().isPresent()) {
      b.append("<span class=\"move-note\">").append(escape(line.moveNote())).append("</span>");
    }
    return b.toString();
  }

  /**
   * One side of a line: the old draft's text with its deletions and what moved away marked, or the
   * new draft's with its insertions and what moved here; a moved clause's note on the side it shows.
   */
  private static String side(ReportRows.Line line, boolean old, NoteLinks links) {
    StringBuilder b = new StringBuilder();
    for (ReportRows.Piece p : line.pieces()) {
      switch (p.mark()) {
        case KEPT -> b.append(
            old && p.restyled() ? escape(p.oldText()) : old && p.reformatted() ? shown(p.formerly(), links.to(false)) : piece(p, links));
        case DELETED, MOVED_FROM -> b.append(old ? piece(p, links) : "");
        case INSERTED, MOVED_TO -> b.append(old ? "" : piece(p, links));
      }
    }
    boolean noteHere = old ? line.shape() == ReportRows.Shape.MOVED_AWAY : line.shape() == ReportRows.Shape.MOVED_HERE;
    if (noteHere && line.clause().isPresent()) {
      b.append("<span class=\"move-note\">").append(escape(line.moveNote())).append("</span>");
    }
    return b.toString();
  }

  private static String piece(ReportRows.Piece p, NoteLinks links) {
    java.util.function.Function<String, String> link = links.to(p.mark() == ReportRows.Mark.DELETED || p.mark() == ReportRows.Mark.MOVED_FROM);
    return switch (p.mark()) {
      case KEPT -> p.reformatted() ? reformatted(p.segment().orElseThrow(), link) : shown(p.content(), link);
      case DELETED -> "<del>" + shown(p.content(), link) + "</del>";
      case INSERTED -> "<ins>" + shown(p.content(), link) + "</ins>";
      case MOVED_FROM -> "<span class=\"moved-from\">" + shown(p.content(), link) + "</span>";
      case MOVED_TO -> "<span class=\"moved-to\">" + shown(p.content(), link) + "</span>";
    };
  }

  /**
   * Runs escaped and set in their format (bold, italic, ...), footnote references as superscript
   * markers, each a link to its note where {@code link} gives the note's id.
   */
  private static String shown(List<Inline> parts, java.util.function.Function<String, String> link) {
    StringBuilder b = new StringBuilder();
    for (Inline p : parts) {
      if (p instanceof Inline.NoteRef r) {
        String target = link.apply(r.marker());
        b.append("<sup class=\"fn\">").append(target == null ? escape(r.marker())
            : "<a href=\"#" + escape(target) + "\">" + escape(r.marker()) + "</a>").append("</sup>");
      } else if (p instanceof Inline.Run r) {
        b.append(formatted(escape(r.text()), r.format()));
      }
    }
    return b.toString();
  }

  /** The text in the elements that show its format, innermost first. */
  private static String formatted(String html, Format format) {
    String out = html;
    for (Format.Property property : format.properties()) {
      out = switch (property) {
        case BOLD -> "<b>" + out + "</b>";
        case ITALIC -> "<i>" + out + "</i>";
        case UNDERLINE -> "<u>" + out + "</u>";
        case STRIKE -> "<s>" + out + "</s>";
        case SUPERSCRIPT -> "<sup>" + out + "</sup>";
        case SUBSCRIPT -> "<sub>" + out + "</sub>";
        case SMALL_CAPS -> "<span class=\"small-caps\">" + out + "</span>";
      };
    }
    return out;
  }

  /** Kept words set in another format: the new format, dotted underline, and a tooltip naming what changed. */
  private static String reformatted(Segment s, java.util.function.Function<String, String> link) {
    return "<span class=\"formatting\" title=\"Formatting: " + escape(s.formattingChange()) + "\">" + shown(s.content(), link) + "</span>";
  }

  /**
   * The ids of the notes shown in one comparison's text, each footnote line's paragraph named by
   * its note's marker in the new draft ({@code s1-note-2}) and, where the old draft numbers it
   * otherwise or only the old draft has it, in the old ({@code s1-old-note-3}). A reference links
   * to the note of its own draft where the page shows that note; each id is given once.
   */
  private static final class NoteLinks {
    private final String prefix;
    private final java.util.Set<String> shown;
    private final java.util.Set<String> placed = new java.util.HashSet<>();

    private NoteLinks(String prefix, java.util.Set<String> shown) {
      this.prefix = prefix;
      this.shown = shown;
    }

    static NoteLinks of(ReportRows.Draft rows, String prefix) {
      java.util.Set<String> shown = new java.util.HashSet<>();
      for (ReportRows.PartRow part : rows.parts()) {
        if (part instanceof ReportRows.ArticleRow a) {
          for (ReportRows.Line footnote : a.footnotes()) {
            ids(footnote, prefix).forEach(shown::add);
          }
        }
      }
      return new NoteLinks(prefix, shown);
    }

    /** The ids a footnote line answers to: its new marker's, then its old marker's. */
    private static List<String> ids(ReportRows.Line footnote, String prefix) {
      List<String> ids = new java.util.ArrayList<>();
      if (!footnote.text().newText().isEmpty()) {
        ids.add(prefix + "note-" + marker(footnote.text().newText()));
      }
      if (!footnote.text().oldText().isEmpty()) {
        ids.add(prefix + "old-note-" + marker(footnote.text().oldText()));
      }
      return ids;
    }

    /** The marker of a footnote line ({@code 2 The term...}): its first word. */
    private static String marker(String line) {
      int space = line.indexOf(' ');
      return space < 0 ? line : line.substring(0, space);
    }

    /** A footnote line's opening tag, with its ids where the page does not have them yet: the paragraph's, then an anchor's. */
    String paragraph(ReportRows.Line footnote) {
      List<String> ids = ids(footnote, prefix).stream().filter(placed::add).toList();
      StringBuilder b = new StringBuilder("<p class=\"clause footnote\"");
      if (!ids.isEmpty()) {
        b.append(" id=\"").append(escape(ids.get(0))).append('"');
      }
      b.append('>');
      if (ids.size() > 1) {
        b.append("<a id=\"").append(escape(ids.get(1))).append("\"></a>");
      }
      return b.toString();
    }

    /** The id a reference with this marker links to, in the old draft's notes or the new's; null where the page does not show that note. */
    java.util.function.Function<String, String> to(boolean old) {
      return marker -> {
        String id = prefix + (old ? "old-note-" : "note-") + marker;
        return shown.contains(id) ? id : null;
      };
    }
  }

  /**
   * An article's number made safe for an id (letters, digits and hyphens), and where the draft
   * repeats the number, which of them it is, as its model id says ({@code 2~2} for {@code art2~2}):
   * each article's anchor once per page.
   */
  private static String anchor(Article article) {
    String anchor = article.number().replaceAll("[^\\p{L}\\p{N}]+", "-");
    int repeat = article.id().indexOf('~');
    return repeat < 0 ? anchor : anchor + article.id().substring(repeat);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
