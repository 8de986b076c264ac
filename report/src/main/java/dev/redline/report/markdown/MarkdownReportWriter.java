package dev.redline.report.markdown;

import dev.redline.diff.DraftText;
import dev.redline.model.ArticleChange;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.Finding;
import dev.redline.model.History;
import dev.redline.model.Statistics;
import dev.redline.model.Tracker;
import dev.redline.report.ReportSettings;
import dev.redline.report.internal.Headline;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.Steps;
import dev.redline.report.internal.TableChanges;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sums a comparison up in Markdown, short enough for an email or an issue: the drafts, the counts,
 * the changed articles with what happened to each and the kinds of their edits (old number, new
 * number), and, with a {@link Tracker}, the status of every demand in every draft. For a history:
 * the concordance over all drafts, then for each step its counts, its changed articles and the
 * redline of their changed clauses, rendered from the rows every format renders ({@link ReportRows}):
 * {@code ~~deleted~~ **inserted**}, a moved clause or article heading {@code ~~_where it stood_~~}
 * and {@code _where it went_}, the words it gained on the way in bold, as Word and HTML mark them.
 *
 * <p>Text from the drafts is escaped so that it renders as written. The same input and date always
 * give the same text. Immutable and thread-safe.
 */
public final class MarkdownReportWriter {
  /** What the marks of the redline mean, above each redline. */
  static final String LEGEND = "~~Struck~~: deleted. **Bold**: inserted. _Italic_: moved here; ~~_struck italic_~~: moved away.";

  private final ReportSettings settings;

  /** A writer with these settings; it shows their date. */
  public MarkdownReportWriter(ReportSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The summary of one comparison, with the demands' statuses if a tracker is given. */
  public String write(Comparison comparison, Optional<Tracker> tracker) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(escape(Headline.title(comparison))).append("\n\n");
    if (!comparison.newDraft().title().isEmpty()) {
      b.append(escape(comparison.newDraft().titleContent().withoutNoteRefs())).append("\n\n");
    }
    header(b, List.of(comparison.oldDraft(), comparison.newDraft()), List.of(comparison));
    b.append("## Summary\n\n");
    counts(b, comparison);
    b.append("## Changed articles\n\n");
    changedArticles(b, comparison);
    tracker.ifPresent(t -> demands(b, t));
    return b.toString();
  }

  /**
   * The summary of a history: the concordance over all drafts, then each step's counts, changed
   * articles and the redline of their changed clauses.
   *
   * @param steps the comparison of each step: {@code steps.get(k)} compares drafts k and k+1
   * @throws IllegalArgumentException if the steps do not compare the history's drafts in order
   */
  public String write(History history, List<Comparison> steps, Optional<Tracker> tracker) {
    Steps.check(history, steps);
    List<Draft> drafts = history.drafts();
    StringBuilder b = new StringBuilder();
    b.append("# History of ").append(escape(drafts.get(0).revision())).append(" to ").append(escape(drafts.get(drafts.size() - 1).revision())).append("\n\n");
    if (!drafts.get(drafts.size() - 1).title().isEmpty()) {
      b.append(escape(drafts.get(drafts.size() - 1).titleContent().withoutNoteRefs())).append("\n\n");
    }
    header(b, drafts, steps);
    b.append("## Concordance\n\n");
    List<String> head = new ArrayList<>();
    drafts.forEach(d -> head.add(d.revision()));
    head.add("Title");
    for (int k = 1; k < drafts.size(); k++) {
      head.add(drafts.get(k - 1).revision() + " \u2192 " + drafts.get(k).revision());
    }
    List<List<String>> rows = new ArrayList<>();
    for (ReportRows.ProvisionRow row : ReportRows.concordance(history)) {
      List<String> cells = new ArrayList<>();
      row.numbers().forEach(n -> cells.add(n.isEmpty() ? "\u2014" : String.join(", ", n)));
      cells.add(row.title());
      row.changes().forEach(c -> cells.add(c.isEmpty() ? "\u2014" : c));
      rows.add(cells);
    }
    table(b, head, rows);
    tracker.ifPresent(t -> demands(b, t));
    for (Comparison step : steps) {
      b.append("## ").append(escape(step.oldDraft().revision() + " \u2192 " + step.newDraft().revision())).append("\n\n");
      counts(b, step);
      b.append("### Changed articles\n\n");
      changedArticles(b, step);
      b.append("### Redline of the changed articles\n\n");
      b.append(LEGEND).append("\n\n");
      redline(b, step);
    }
    return b.toString();
  }

  private void header(StringBuilder b, List<Draft> drafts, List<Comparison> steps) {
    List<String> head = new ArrayList<>(List.of(""));
    drafts.forEach(d -> head.add(d.revision()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("Symbol", drafts.stream().map(Draft::symbol).toList()));
    rows.add(row("Date", drafts.stream().map(Draft::date).toList()));
    rows.add(row("File", drafts.stream().map(Headline::fileName).toList()));
    rows.add(row("Articles", Headline.articleCounts(steps)));
    table(b, head, rows);
    ZonedDateTime when = settings.now();
    b.append("Made by Redline on ").append(escape(Headline.when(when))).append(".\n\n");
  }

  private static List<String> row(String head, List<String> cells) {
    List<String> row = new ArrayList<>(List.of(head));
    row.addAll(cells);
    return row;
  }

  private static void counts(StringBuilder b, Comparison c) {
    b.append(escape(Headline.counts(c.statistics()))).append("\n\n");
    Statistics s = c.statistics();
    List<List<String>> clauses = new ArrayList<>();
    for (Headline.Row row : Headline.clauses(s)) {
      clauses.add(List.of(row.name(), String.valueOf(row.count())));
    }
    clauses.add(List.of("total", String.valueOf(s.clausesChanged())));
    table(b, List.of("Clauses", "Count"), clauses);
    List<List<String>> rows = new ArrayList<>();
    for (ChangeKind kind : s.kindsListed()) {
      rows.add(changeRow(kind.word(), s.changes(kind)));
    }
    rows.add(changeRow("total", s.total()));
    table(b, List.of("Changes by kind", "Edits", "Words deleted", "Words inserted"), rows);
    b.append("Words moved: ").append(s.wordsMoved()).append(".\n\n");
  }

  private static List<String> changeRow(String name, ChangeCount n) {
    return List.of(name, String.valueOf(n.edits()), String.valueOf(n.wordsDeleted()), String.valueOf(n.wordsInserted()));
  }

  /** The articles that matter to a reader (not only renumbered), with their numbers, what happened and their edits. */
  private static void changedArticles(StringBuilder b, Comparison c) {
    List<List<String>> rows = new ArrayList<>();
    for (ReportRows.ArticleRow row : ReportRows.draft(c).articles()) {
      if (!row.matters()) {
        continue;
      }
      ArticleChange a = row.change();
      rows.add(List.of(
          a.oldArticle().map(x -> x.number()).orElse("\u2014"),
          a.newArticle().map(x -> x.number()).orElse("\u2014"),
          row.shown().title(),
          row.link().kindWords(),
          row.edits()));
    }
    if (rows.isEmpty()) {
      b.append("No article changed beyond its number.\n\n");
    } else {
      table(b, List.of(c.oldDraft().revision(), c.newDraft().revision(), "Title", "What happened", "Edits"), rows);
    }
    int renumberedOnly = c.statistics().articlesOnlyRenumbered();
    if (renumberedOnly > 0) {
      b.append(renumberedOnly).append(renumberedOnly == 1 ? " more article was" : " more articles were")
          .append(" only renumbered, with the cross-references that follow.\n\n");
    }
  }

  private static void demands(StringBuilder b, Tracker t) {
    b.append("## Demands\n\n");
    boolean anyReviewed = t.demands().stream().anyMatch(d -> !d.draft());
    boolean anyDrafted = t.demands().stream().anyMatch(dev.redline.model.Demand::draft);
    if (anyReviewed || !anyDrafted) {
      demandTable(b, t, false);
    }
    if (anyDrafted) {
      b.append("### Drafted from a letter, not yet reviewed\n\n");
      demandTable(b, t, true);
    }
    b.append("A status in bold changed since the draft before.\n\n");
  }

  private static void demandTable(StringBuilder b, Tracker t, boolean drafted) {
    List<String> head = new ArrayList<>(List.of("Id", "Demand"));
    t.history().drafts().forEach(d -> head.add(d.revision()));
    List<List<String>> rows = new ArrayList<>();
    for (int d = 0; d < t.demands().size(); d++) {
      if (t.demands().get(d).draft() != drafted) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(t.demands().get(d).id(), t.demands().get(d).title()));
      for (int r = 0; r < t.history().drafts().size(); r++) {
        Finding f = t.finding(d, r);
        boolean changedHere = r > 0 && t.finding(d, r - 1).status() != f.status();
        row.add(changedHere ? "**" + f.status().words() + "**" : f.status().words());
      }
      rows.add(row);
    }
    tableRaw(b, head.stream().map(MarkdownReportWriter::escape).toList(),
        rows.stream().map(r -> r.stream().map(c -> c.startsWith("**") ? c : escape(c)).toList()).toList());
  }

  private static void redline(StringBuilder b, Comparison c) {
    boolean any = false;
    for (ReportRows.ArticleRow row : ReportRows.draft(c).articles()) {
      if (!row.matters()) {
        continue;
      }
      any = true;
      b.append("#### ").append(inline(row.heading())).append("\n\n");
      if (!row.note().isEmpty()) {
        b.append("*").append(escape(row.note())).append("*\n\n");
      }
      List<TableChanges.Table> tables = new ArrayList<>();
      for (ReportRows.Block block : row.clauses()) {
        if (block instanceof ReportRows.TableBlock t) {
          if (t.table().changed()) {
            tables.add(t.table());
          }
          continue;
        }
        ReportRows.Line clause = (ReportRows.Line) block;
        if (clause.shape() != ReportRows.Shape.IN_PLACE) {
          // A moved clause as it reads at this end, with where it went or came from.
          b.append("- ").append(item(inline(clause))).append(" *(").append(escape(clause.moveNote())).append(")*\n");
        } else if (clause.changed()) {
          b.append("- ").append(item(inline(clause))).append(formatting(clause)).append("\n");
        }
      }
      for (ReportRows.Line footnote : row.footnotes()) {
        if (footnote.changed()) {
          b.append("- Footnote ").append(inline(footnote)).append(formatting(footnote)).append("\n");
        }
      }
      b.append("\n");
      tables.forEach(t -> changedRows(b, t));
    }
    if (!any) {
      b.append("No article changed beyond its number.\n\n");
    }
  }

  /**
   * The rows of a table that changed, as a pipe table: what happened to the row, then its cells
   * with their changes; the table's path in the header.
   */
  private static void changedRows(StringBuilder b, TableChanges.Table table) {
    List<String> head = new ArrayList<>(List.of("Table " + escape(table.table().clause().path().toString())));
    for (int c = 1; c <= table.columns(); c++) {
      head.add("Column " + c);
    }
    List<List<String>> rows = new ArrayList<>();
    for (TableChanges.Row row : table.rows()) {
      if (!row.inserted() && !row.deleted() && !row.changed()) {
        continue;
      }
      List<String> cells = new ArrayList<>(List.of(row.inserted() ? "row inserted" : row.deleted() ? "row deleted" : "modified"));
      row.cells().forEach(cell -> {
        ReportRows.Line line = ReportRows.inPlace(cell.text());
        cells.add(inline(line) + formatting(line));
      });
      while (cells.size() < head.size()) {
        cells.add("");
      }
      rows.add(cells);
    }
    tableRaw(b, head, rows);
  }

  /** A list item's text that starts with a paragraph number ({@code 1. }), kept from reading as a nested numbered list. */
  private static String item(String markdown) {
    return markdown.replaceFirst("^(\\d+)\\. ", "$1\\\\. ");
  }

  /**
   * What formatting changed in a line's kept words, since Markdown's own marks show insertions and
   * deletions: {@code  *(formatting: “two” italic added)*}; empty where none did.
   */
  private static String formatting(ReportRows.Line line) {
    List<String> runs = line.pieces().stream().filter(ReportRows.Piece::reformatted)
        .map(p -> "\u201c" + p.text().strip() + "\u201d " + p.segment().orElseThrow().formattingChange()).toList();
    return runs.isEmpty() ? "" : " *(formatting: " + escape(String.join("; ", runs)) + ")*";
  }

  /**
   * A line as Markdown from its pieces ({@link #LEGEND}): deletions struck through, insertions in
   * bold, text moved here in italics, text moved away struck through in italics; white space kept
   * outside the marks. Pieces next to each other with the same mark share one pair of marks.
   */
  private static String inline(ReportRows.Line line) {
    StringBuilder b = new StringBuilder();
    List<ReportRows.Piece> pieces = line.pieces();
    for (int i = 0; i < pieces.size(); ) {
      ReportRows.Mark mark = pieces.get(i).mark();
      StringBuilder text = new StringBuilder();
      for (; i < pieces.size() && pieces.get(i).mark() == mark; i++) {
        text.append(DraftText.shown(pieces.get(i).content()));
      }
      b.append(marked(mark, text.toString()));
    }
    return b.toString();
  }

  private static String marked(ReportRows.Mark mark, String text) {
    return switch (mark) {
      case KEPT -> escape(text);
      case DELETED -> marked("~~", "~~", text);
      case INSERTED -> marked("**", "**", text);
      case MOVED_FROM -> marked("~~_", "_~~", text);
      case MOVED_TO -> marked("_", "_", text);
    };
  }

  private static String marked(String open, String close, String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return text;
    }
    int start = text.indexOf(stripped);
    return text.substring(0, start) + open + escape(stripped) + close + text.substring(start + stripped.length());
  }

  private static void table(StringBuilder b, List<String> head, List<List<String>> rows) {
    tableRaw(b, head.stream().map(MarkdownReportWriter::escape).toList(),
        rows.stream().map(r -> r.stream().map(MarkdownReportWriter::escape).toList()).toList());
  }

  private static void tableRaw(StringBuilder b, List<String> head, List<List<String>> rows) {
    b.append("| ").append(String.join(" | ", head)).append(" |\n");
    b.append("|").append(head.stream().map(h -> " --- ").collect(Collectors.joining("|"))).append("|\n");
    for (List<String> row : rows) {
      b.append("| ").append(row.stream().map(c -> c.isEmpty() ? " " : c).collect(Collectors.joining(" | "))).append(" |\n");
    }
    b.append("\n");
  }

  /**
   * Text made literal for Markdown: the characters that could start emphasis, links, code, HTML or
   * a table cell are escaped with a backslash; line breaks become spaces.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
