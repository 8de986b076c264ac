package dev.redline.report.docx;

import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.Format;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import dev.redline.model.LinkKind;
import dev.redline.model.Statistics;
import dev.redline.model.Tracker;
import dev.redline.report.docx.Blocks.Block;
import dev.redline.report.docx.Blocks.Cell;
import dev.redline.report.docx.Blocks.Change;
import dev.redline.report.docx.Blocks.DraftRow;
import dev.redline.report.docx.Blocks.DraftTable;
import dev.redline.report.docx.Blocks.Para;
import dev.redline.report.docx.Blocks.Run;
import dev.redline.report.docx.Blocks.Table;
import dev.redline.report.internal.Demands;
import dev.redline.report.internal.Headline;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.ReportRows.Line;
import dev.redline.report.internal.ReportRows.Mark;
import dev.redline.report.internal.ReportRows.Piece;
import dev.redline.report.internal.ReportRows.Shape;
import dev.redline.report.internal.TableChanges;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays a comparison out as blocks: the cover, the summary, the demands, the concordance, then the
 * new draft in full with its changes. One per document; not thread-safe.
 */
final class RedlineLayout {
  private final Comparison comparison;
  private final boolean printable;
  private final List<Block> blocks = new ArrayList<>();
  // The paragraphs of each clause and article heading, by id (a repeated number has ids of its own), where demands comment.
  private final Map<String, Para> newClauses = new HashMap<>();
  private final Map<String, Para> oldClauses = new HashMap<>();
  private final Map<String, Para> newHeadings = new HashMap<>();
  private final Map<String, Para> oldHeadings = new HashMap<>();
  private final ReportRows.Draft draft;
  private final Optional<WordFootnotes> footnotes;

  private RedlineLayout(Comparison comparison, boolean printable) {
    this.comparison = comparison;
    this.printable = printable;
    this.draft = ReportRows.draft(comparison);
    this.footnotes = WordFootnotes.of(comparison, draft, printable);
  }

  /**
   * The blocks of the redline.
   *
   * @param author who the tracked changes are by, named on the cover
   * @param when when the redline is made, named on the cover
   * @param printable whether the changes will be shown by formatting rather than tracked
   */
  static List<Block> of(Comparison comparison, Optional<Tracker> tracker, String author, ZonedDateTime when, boolean printable) {
    RedlineLayout layout = new RedlineLayout(comparison, printable);
    layout.cover(author, when);
    layout.summary();
    tracker.ifPresent(layout::demandsTable);
    layout.concordance();
    layout.body();
    tracker.ifPresent(layout::demandComments);
    return layout.blocks;
  }

  // ---- cover, summary, demands, concordance: notes and tables, never tracked ----

  private void cover(String author, ZonedDateTime when) {
    Draft oldDraft = comparison.oldDraft();
    Draft newDraft = comparison.newDraft();
    blocks.add(Para.plain(RedlineStyles.NOTE_HEADING, Headline.title(comparison)));
    if (!newDraft.title().isEmpty()) {
      blocks.add(Para.plain(RedlineStyles.NOTE, newDraft.titleContent().withoutNoteRefs()));
    }
    blocks.add(new Table(
        List.of(2, 4, 4),
        List.of(
            List.of(new Cell(""), new Cell("Old draft"), new Cell("New draft")),
            List.of(new Cell("Revision"), new Cell(oldDraft.revision()), new Cell(newDraft.revision())),
            List.of(new Cell("Symbol"), new Cell(oldDraft.symbol()), new Cell(newDraft.symbol())),
            List.of(new Cell("Date"), new Cell(oldDraft.date()), new Cell(newDraft.date())),
            List.of(new Cell("File"), new Cell(Headline.fileName(oldDraft)), new Cell(Headline.fileName(newDraft))),
            List.of(new Cell("Articles"), new Cell(String.valueOf(comparison.statistics().oldArticles())), new Cell(String.valueOf(comparison.statistics().newArticles()))))));
    String made = "Made by Redline on " + Headline.when(when);
    if (printable) {
      blocks.add(Para.plain(RedlineStyles.NOTE, made + ". This is the printable redline: inserted text is underlined in blue, deleted text struck through in red, moved text double-struck in green where it was and double-underlined in green where it went."));
    } else {
      blocks.add(Para.plain(RedlineStyles.NOTE, made + "; changes tracked as by " + author + ". Accept all changes to get "
          + newDraft.revision() + "; reject all to get " + oldDraft.revision() + "."));
      blocks.add(Para.plain(RedlineStyles.NOTE, "Moved text is tracked as moved: where it stood and where it went. Comments on article headings say what happened to the article (renumbered, moved, split, merged, new, deleted); comments on moved paragraphs say where they went."));
    }
  }

  private void summary() {
    Statistics s = comparison.statistics();
    blocks.add(Para.plain(RedlineStyles.NOTE_HEADING, "Summary"));
    blocks.add(Para.plain(RedlineStyles.NOTE,
        "Articles: " + s.oldArticles() + " in " + comparison.oldDraft().revision() + ", " + s.newArticles() + " in "
            + comparison.newDraft().revision() + ". Clauses changed: " + s.clausesChanged() + ". Words deleted: "
            + s.wordsDeleted() + "; inserted: " + s.wordsInserted() + "; moved: " + s.wordsMoved() + "."));
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(new Cell("Articles"), new Cell("Count")));
    for (LinkKind kind : s.linkKindsListed()) {
      rows.add(List.of(new Cell(kind.word()), new Cell(String.valueOf(s.count(kind)))));
    }
    blocks.add(new Table(List.of(6, 2), rows));
    List<List<Cell>> clauses = new ArrayList<>();
    clauses.add(List.of(new Cell("Clauses"), new Cell("Count")));
    for (Headline.Row row : Headline.clauses(s)) {
      clauses.add(List.of(new Cell(row.name()), new Cell(String.valueOf(row.count()))));
    }
    clauses.add(List.of(new Cell("total"), new Cell(String.valueOf(s.clausesChanged()))));
    blocks.add(new Table(List.of(6, 2), clauses));
    List<List<Cell>> kinds = new ArrayList<>();
    kinds.add(List.of(new Cell("Changes by kind"), new Cell("Edits"), new Cell("Words deleted"), new Cell("Words inserted")));
    for (ChangeKind kind : s.kindsListed()) {
      kinds.add(changeRow(kind.word(), s.changes(kind)));
    }
    kinds.add(changeRow("total", s.total()));
    blocks.add(new Table(List.of(4, 2, 2, 2), kinds));
  }

  private static List<Cell> changeRow(String name, ChangeCount c) {
    return List.of(new Cell(name), new Cell(String.valueOf(c.edits())), new Cell(String.valueOf(c.wordsDeleted())), new Cell(String.valueOf(c.wordsInserted())));
  }

  private void demandsTable(Tracker t) {
    blocks.add(Para.plain(RedlineStyles.NOTE_HEADING, "Demands"));
    blocks.add(Para.plain(RedlineStyles.NOTE,
        "The status of each demand in each draft. In the redline, a comment on the clause each demand is about gives its status in "
            + comparison.newDraft().revision() + " and why."));
    List<Draft> drafts = t.history().drafts();
    List<Integer> widths = new ArrayList<>(List.of(1, 5));
    List<Cell> header = new ArrayList<>(List.of(new Cell("Id"), new Cell("Demand")));
    for (Draft d : drafts) {
      widths.add(2);
      header.add(new Cell(d.revision()));
    }
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(header);
    for (int d = 0; d < t.demands().size(); d++) {
      List<Cell> row = new ArrayList<>(List.of(new Cell(t.demands().get(d).id()), new Cell(t.demands().get(d).title())));
      for (int r = 0; r < drafts.size(); r++) {
        Finding f = t.finding(d, r);
        row.add(new Cell(f.status().words(), Demands.colour(f.status())));
      }
      rows.add(row);
    }
    blocks.add(new Table(widths, rows));
  }

  private void concordance() {
    String oldRev = comparison.oldDraft().revision();
    String newRev = comparison.newDraft().revision();
    blocks.add(Para.plain(RedlineStyles.NOTE_HEADING, "Concordance"));
    blocks.add(Para.plain(RedlineStyles.NOTE, "Which article of " + oldRev + " became which of " + newRev + ", in the order of " + newRev + "."));
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(new Cell(oldRev), new Cell(newRev), new Cell("Title"), new Cell("What happened")));
    for (ReportRows.ConcordanceRow row : ReportRows.concordance(comparison)) {
      rows.add(List.of(new Cell(row.oldNumbers()), new Cell(row.newNumbers()), new Cell(row.title()), new Cell(row.link().kindWords())));
    }
    blocks.add(new Table(List.of(1, 1, 6, 3), rows));
  }

  // ---- the draft, from its rows (ReportRows.draft): what moved, was deleted or inserted is theirs to say ----

  private void body() {
    Para title = paragraph(RedlineStyles.TITLE, draft.title());
    if (title == null) {
      title = Para.plain(RedlineStyles.NOTE, "");
      blocks.add(title);
    }
    title.pageBreakBefore = true;
    for (ReportRows.Block recital : draft.preamble()) {
      block(recital, Map.of());
    }
    for (ReportRows.PartRow part : draft.parts()) {
      if (part instanceof ReportRows.DivisionRow division) {
        paragraph(RedlineStyles.DIVISION, division.heading());
      } else if (part instanceof ReportRows.ArticleRow article) {
        article(article);
      }
    }
    blocks.add(Para.plain(RedlineStyles.NOTE, "")); // a last paragraph mark that is never tracked
  }

  private void article(ReportRows.ArticleRow article) {
    Line line = article.heading();
    Para heading = line.shape() == Shape.IN_PLACE ? paragraph(RedlineStyles.ARTICLE, line) : add(moved(RedlineStyles.ARTICLE, line, runs(line)));
    if (heading != null) {
      heading.comment(article.note());
      article.change().oldArticle().ifPresent(a -> oldHeadings.putIfAbsent(a.id(), heading));
      article.change().newArticle().ifPresent(a -> newHeadings.putIfAbsent(a.id(), heading));
    }
    Map<Line, WordLists.Numbered> lists = printable || comparison.newDraft().look().isEmpty()
        ? Map.of()
        : WordLists.of(article, comparison.newDraft().look().get(), this::runs);
    for (ReportRows.Block block : article.clauses()) {
      block(block, lists);
    }
    if (footnotes.isEmpty()) {
      for (Line footnote : article.footnotes()) {
        paragraph(RedlineStyles.FOOTNOTE, footnote);
      }
    }
  }

  private void block(ReportRows.Block block, Map<Line, WordLists.Numbered> lists) {
    if (block instanceof ReportRows.TableBlock table) {
      table(table.table());
    } else if (block instanceof Line clause) {
      clause(clause, lists);
    }
  }

  /**
   * A table of the draft: each row tracked as inserted or deleted where it is in one draft only,
   * each cell one paragraph with its text's changes. Columns are as wide as their text is long on
   * average, within limits, so that a column of terms is narrower than one of definitions.
   */
  private void table(TableChanges.Table table) {
    int columns = table.columns();
    if (columns == 0) {
      return;
    }
    int[] chars = new int[columns];
    List<DraftRow> rows = new ArrayList<>();
    for (TableChanges.Row row : table.rows()) {
      Change change = printable ? Change.KEPT : row.inserted() ? Change.INSERTED : row.deleted() ? Change.DELETED : Change.KEPT;
      List<Para> cells = new ArrayList<>();
      for (int c = 0; c < row.cells().size(); c++) {
        ClauseChange cell = row.cells().get(c);
        chars[c] += Math.max(cell.text().oldText().length(), cell.text().newText().length());
        Para para = withNotes(new Para(RedlineStyles.NORMAL, 0, Change.KEPT, null, runs(ReportRows.inPlace(cell.text()))));
        cell.oldClause().ifPresent(x -> oldClauses.putIfAbsent(x.id(), para));
        cell.newClause().ifPresent(x -> newClauses.putIfAbsent(x.id(), para));
        cells.add(para);
      }
      if (!cells.isEmpty()) {
        rows.add(new DraftRow(change, cells));
      }
    }
    int rowCount = Math.max(1, table.rows().size());
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      widths.add(Math.min(60, Math.max(10, chars[c] / rowCount)));
    }
    blocks.add(new DraftTable(widths, rows));
  }

  /**
   * The paragraph of a clause; where the new draft's automatic numbering shows its label ({@code
   * lists}), it stands in that list and its runs hold no label.
   */
  private void clause(Line line, Map<Line, WordLists.Numbered> lists) {
    WordLists.Numbered numbered = lists.get(line);
    List<Run> runs = numbered != null ? numbered.runs() : runs(line);
    Para para;
    if (line.shape() != Shape.IN_PLACE) {
      para = add(moved(RedlineStyles.NORMAL, line, runs), numbered);
      para.comment(line.moveNote());
    } else if (line.empty()) {
      para = null;
    } else {
      para = add(new Para(RedlineStyles.NORMAL, line.depth(), printable ? Change.KEPT : change(line.whole()), null, runs), numbered);
    }
    if (para != null) {
      Para anchored = para;
      ClauseChange clause = line.clause().orElseThrow();
      clause.oldClause().ifPresent(c -> oldClauses.putIfAbsent(c.id(), anchored));
      clause.newClause().ifPresent(c -> newClauses.putIfAbsent(c.id(), anchored));
    }
  }

  /**
   * The paragraph of a moved line (an article's heading, a clause) at one end of its move: tracked
   * as Word's move under the move's name; in the printable redline, its runs alone show it.
   */
  private Para moved(String style, Line line, List<Run> runs) {
    Change mark = line.shape() == Shape.MOVED_AWAY ? Change.MOVED_FROM : Change.MOVED_TO;
    return new Para(style, line.depth(), printable ? Change.KEPT : mark, printable ? null : "move" + line.move(), runs);
  }

  private static Para withRuns(Para para, List<Run> runs) {
    return new Para(para.style, para.depth, para.mark, para.moveName, runs);
  }

  /** A paragraph for a line in its place; null where the line is empty in both drafts. */
  private Para paragraph(String style, Line line) {
    if (line.empty()) {
      return null;
    }
    return add(new Para(style, line.depth(), printable ? Change.KEPT : change(line.whole()), null, runs(line)));
  }

  /** Adds a paragraph of the draft, its footnote markers turned into Word footnotes where the drafts allow. */
  private Para add(Para para) {
    return add(para, null);
  }

  /** Adds a paragraph of the draft, numbered by Word where {@code numbered} is not null. */
  private Para add(Para para, WordLists.Numbered numbered) {
    Para added = withNotes(para);
    if (numbered != null) {
      added.list = numbered.place();
    }
    blocks.add(added);
    return added;
  }

  /** The paragraph with its footnote markers turned into Word footnotes where the drafts allow. */
  private Para withNotes(Para para) {
    return footnotes.isEmpty() ? para : withRuns(para, footnotes.get().apply(para.runs));
  }

  /** The Word change of a row's mark: a move's ends as Word's moves. */
  private static Change change(Mark mark) {
    return switch (mark) {
      case KEPT -> Change.KEPT;
      case DELETED -> Change.DELETED;
      case INSERTED -> Change.INSERTED;
      case MOVED_FROM -> Change.MOVED_FROM;
      case MOVED_TO -> Change.MOVED_TO;
    };
  }

  /**
   * The runs of a line, its labels in them: its pieces, with each kept piece that the old draft
   * writes differently (quotes, dashes, white space, hyphenation) tracked as a deletion of the old
   * characters and an insertion of the new, between what the two spellings share, so that
   * rejecting every change still gives the old draft, and each kept piece that the old draft sets
   * in another format carrying that format. The printable redline shows restyled pieces as the new
   * draft writes them.
   */
  private List<Run> runs(Line line) {
    List<Run> runs = new ArrayList<>();
    for (Piece p : line.pieces()) {
      if (p.mark() != Mark.KEPT) {
        addContent(runs, change(p.mark()), p.content());
      } else if (p.reformatted()) {
        addReformatted(runs, p.content(), p.formerly());
      } else if (!p.restyled() || printable) {
        addContent(runs, Change.KEPT, p.content());
      } else {
        restyled(runs, p.oldText(), p.text());
      }
    }
    return runs;
  }

  static void restyled(List<Run> runs, String a, String b) {
    int prefix = 0;
    while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    if (prefix > 0 && Character.isHighSurrogate(a.charAt(prefix - 1))) {
      prefix--;
    }
    int suffix = 0;
    while (suffix < a.length() - prefix && suffix < b.length() - prefix
        && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
      suffix++;
    }
    if (suffix > 0 && Character.isLowSurrogate(a.charAt(a.length() - suffix))) {
      suffix--;
    }
    addRun(runs, Change.KEPT, b.substring(0, prefix));
    addRun(runs, Change.DELETED, a.substring(prefix, a.length() - suffix));
    addRun(runs, Change.INSERTED, b.substring(prefix, b.length() - suffix));
    addRun(runs, Change.KEPT, b.substring(b.length() - suffix));
  }

  /** Adds a segment's runs and footnote references, each reference a run of its own. */
  private static void addContent(List<Run> runs, Change change, List<Inline> content) {
    for (Inline part : content) {
      if (part instanceof Inline.NoteRef ref) {
        runs.add(Run.reference(change, ref));
      } else if (part instanceof Inline.Run r) {
        addRun(runs, new Run(change, r.text(), r.format(), Optional.empty()));
      }
    }
  }

  /**
   * Adds kept words that the old draft sets in another format: cut wherever the new or the old
   * format changes, each piece carrying both, so that the writer tracks the old one.
   */
  private static void addReformatted(List<Run> runs, List<Inline> content, List<Inline> formerly) {
    InlineText now = new InlineText(content);
    InlineText before = new InlineText(formerly);
    String text = now.plain();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || !now.formatAt(i).equals(now.formatAt(start)) || !before.formatAt(i).equals(before.formatAt(start))) {
        Format was = before.formatAt(start);
        Format is = now.formatAt(start);
        addRun(runs, new Run(Change.KEPT, text.substring(start, i), is, is.looksLike(was) ? Optional.empty() : Optional.of(was)));
        start = i;
      }
    }
  }

  private static void addRun(List<Run> runs, Change change, String text) {
    addRun(runs, new Run(change, text));
  }

  private static void addRun(List<Run> runs, Run run) {
    if (run.text().isEmpty()) {
      return;
    }
    Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    if (last != null && last.change() == run.change() && last.isText()
        && last.format().equals(run.format()) && last.formerly().equals(run.formerly())) {
      runs.set(runs.size() - 1, last.withText(last.text() + run.text()));
    } else {
      runs.add(run);
    }
  }

  // ---- demands, as comments on the clauses they are about ----

  private void demandComments(Tracker t) {
    List<Draft> drafts = t.history().drafts();
    int newIndex = indexOf(drafts, comparison.newDraft());
    if (newIndex < 0) {
      return;
    }
    boolean oldIsPrevious = newIndex > 0 && drafts.get(newIndex - 1).equals(comparison.oldDraft());
    for (int d = 0; d < t.demands().size(); d++) {
      Finding finding = t.finding(d, newIndex);
      String text = Demands.comment(t, d, newIndex);
      List<Para> anchors = new ArrayList<>();
      for (Evidence e : finding.evidence()) {
        boolean gone = e.quote().isEmpty();
        if (gone && !oldIsPrevious) {
          continue;
        }
        Map<String, Para> where = gone ? (e.wholeArticle() ? oldHeadings : oldClauses) : (e.wholeArticle() ? newHeadings : newClauses);
        Para para = where.get(e.id());
        if (para != null && !anchors.contains(para)) {
          anchors.add(para);
        }
      }
      anchors.forEach(p -> p.comment(text));
    }
  }

  private static int indexOf(List<Draft> drafts, Draft draft) {
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i) == draft) {
        return i;
      }
    }
    return drafts.indexOf(draft);
  }
}
