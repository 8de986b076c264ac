package dev.redline.report.docx;

import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.DivisionChange;
import dev.redline.model.Draft;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.Format;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import dev.redline.model.LinkKind;
import dev.redline.model.Part;
import dev.redline.model.Segment;
import dev.redline.model.Statistics;
import dev.redline.model.TextChange;
import dev.redline.model.Tracker;
import dev.redline.report.docx.Blocks.Block;
import dev.redline.report.docx.Blocks.Cell;
import dev.redline.report.docx.Blocks.Change;
import dev.redline.report.docx.Blocks.DraftRow;
import dev.redline.report.docx.Blocks.DraftTable;
import dev.redline.report.docx.Blocks.Para;
import dev.redline.report.docx.Blocks.Run;
import dev.redline.report.docx.Blocks.Table;
import dev.redline.report.internal.ArticleNotes;
import dev.redline.report.internal.Demands;
import dev.redline.report.internal.Headline;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.TableChanges;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  private final Map<String, Para> newClauses = new HashMap<>();
  private final Map<String, Para> oldClauses = new HashMap<>();
  private final Map<String, Para> newHeadings = new HashMap<>();
  private final Map<String, Para> oldHeadings = new HashMap<>();
  private final Map<ArticleLink, String> articleMoves = new IdentityHashMap<>();
  private final Optional<WordFootnotes> footnotes;

  private RedlineLayout(Comparison comparison, boolean printable) {
    this.comparison = comparison;
    this.printable = printable;
    this.footnotes = WordFootnotes.of(comparison, printable);
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

  // ---- the draft ----

  private void body() {
    Para title = paragraph(RedlineStyles.TITLE, comparison.title(), 0);
    if (title == null) {
      title = Para.plain(RedlineStyles.NOTE, "");
      blocks.add(title);
    }
    title.pageBreakBefore = true;
    for (ClauseChange recital : comparison.preamble()) {
      clause(recital, Map.of());
    }
    for (Part part : comparison.parts()) {
      if (part instanceof DivisionChange division) {
        paragraph(RedlineStyles.DIVISION, division.heading(), 0);
      } else if (part instanceof ArticleChange article) {
        article(article);
      }
    }
    blocks.add(Para.plain(RedlineStyles.NOTE, "")); // a last paragraph mark that is never tracked
  }

  private void article(ArticleChange article) {
    ArticleLink link = article.link();
    boolean movedAway = link.isOneToOne() && article.newArticle().isEmpty();
    boolean movedHere = link.isOneToOne() && article.oldArticle().isEmpty();
    Para heading;
    if (!printable && (movedAway || movedHere)) {
      String name = articleMoves.computeIfAbsent(link, l -> "moveArticle" + (articleMoves.size() + 1));
      heading = movedAway
          ? add(new Para(RedlineStyles.ARTICLE, 0, Change.MOVED_FROM, name, wholeRuns(article.heading(), Change.MOVED_FROM)))
          : add(new Para(RedlineStyles.ARTICLE, 0, Change.MOVED_TO, name, movedHere(article.headingMove().orElseThrow())));
    } else if (movedAway || movedHere) {
      Change change = movedAway ? Change.MOVED_FROM : Change.MOVED_TO;
      heading = add(new Para(RedlineStyles.ARTICLE, 0, Change.KEPT, null, wholeRuns(article.heading(), change)));
    } else {
      heading = paragraph(RedlineStyles.ARTICLE, article.heading(), 0);
    }
    if (heading != null) {
      heading.comment(ArticleNotes.of(article, comparison));
      article.oldArticle().ifPresent(a -> oldHeadings.putIfAbsent(a.number(), heading));
      article.newArticle().ifPresent(a -> newHeadings.putIfAbsent(a.number(), heading));
    }
    Map<ClauseChange, WordLists.Numbered> lists = printable || comparison.newDraft().look().isEmpty()
        ? Map.of()
        : WordLists.of(article, comparison.newDraft().look().get(), this::clauseRuns);
    for (TableChanges.Piece piece : TableChanges.of(article.clauses())) {
      if (piece instanceof TableChanges.Table table) {
        table(table);
      } else {
        clause(((TableChanges.Single) piece).clause(), lists);
      }
    }
    if (footnotes.isEmpty()) {
      for (TextChange footnote : article.footnotes()) {
        paragraph(RedlineStyles.FOOTNOTE, footnote, 0);
      }
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
        Para para = withNotes(new Para(RedlineStyles.NORMAL, 0, Change.KEPT, null, runs(cell.text())));
        cell.oldClause().ifPresent(x -> oldClauses.putIfAbsent(x.path().toString(), para));
        cell.newClause().ifPresent(x -> newClauses.putIfAbsent(x.path().toString(), para));
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
   * A moved line where it went (an article's heading, a clause), as the differ's edit from where it
   * stood gives it: kept words as moved, the rest inserted. Deleted words are shown where it stood,
   * which holds the whole old line.
   */
  private static List<Run> movedHere(TextChange move) {
    List<Run> runs = new ArrayList<>();
    for (Segment s : move.segments()) {
      switch (s.op()) {
        case EQUAL -> addContent(runs, Change.MOVED_TO, s.content());
        case INSERT -> addContent(runs, Change.INSERTED, s.content());
        case DELETE -> { }
      }
    }
    return runs;
  }

  /**
   * The paragraph of a clause; where the new draft's automatic numbering shows its label ({@code
   * lists}), it stands in that list and its runs hold no label.
   */
  private void clause(ClauseChange clause, Map<ClauseChange, WordLists.Numbered> lists) {
    WordLists.Numbered numbered = lists.get(clause);
    List<Run> runs = numbered != null ? numbered.runs() : clauseRuns(clause);
    Para para;
    if (clause.isMoveSource() || clause.isMoveTarget()) {
      String name = "move" + clause.move().orElseThrow().id();
      Change mark = clause.isMoveSource() ? Change.MOVED_FROM : Change.MOVED_TO;
      para = add(new Para(RedlineStyles.NORMAL, clause.depth(), printable ? Change.KEPT : mark, printable ? null : name, runs), numbered);
      para.comment(ArticleNotes.of(clause, comparison));
    } else if (clause.text().segments().isEmpty()) {
      para = null;
    } else {
      para = add(new Para(RedlineStyles.NORMAL, clause.depth(), printable ? Change.KEPT : mark(clause.text()), null, runs), numbered);
    }
    if (para != null) {
      Para anchored = para;
      clause.oldClause().ifPresent(c -> oldClauses.putIfAbsent(c.path().toString(), anchored));
      clause.newClause().ifPresent(c -> newClauses.putIfAbsent(c.path().toString(), anchored));
    }
  }

  /** The runs of a clause's paragraph, its labels in them: a moved clause's where it stood or where it went. */
  private List<Run> clauseRuns(ClauseChange clause) {
    if (clause.isMoveSource()) {
      return wholeRuns(clause.text(), Change.MOVED_FROM);
    }
    if (clause.isMoveTarget()) {
      return movedHere(clause.move().orElseThrow().text());
    }
    return runs(clause.text());
  }

  private static Change mark(TextChange change) {
    return switch (change.status()) {
      case INSERTED -> Change.INSERTED;
      case DELETED -> Change.DELETED;
      case UNCHANGED, MODIFIED -> Change.KEPT;
    };
  }

  /** A paragraph for a line and its edit; null where the line is empty in both drafts. */
  private Para paragraph(String style, TextChange change, int depth) {
    if (change.segments().isEmpty()) {
      return null;
    }
    return add(new Para(style, depth, printable ? Change.KEPT : mark(change), null, runs(change)));
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
    return footnotes.isEmpty() ? para : new Para(para.style, para.depth, para.mark, para.moveName, footnotes.get().apply(para.runs));
  }

  /**
   * The runs of a line: its segments, with each kept run that the old draft writes differently
   * (quotes, dashes, white space, hyphenation) tracked as a deletion of the old characters and an
   * insertion of the new, between what the two spellings share, so that rejecting every change
   * still gives the old draft. The printable redline shows such runs as the new draft writes them.
   */
  private List<Run> runs(TextChange change) {
    List<Run> runs = new ArrayList<>();
    for (Segment s : change.segments()) {
      switch (s.op()) {
        case INSERT -> addContent(runs, Change.INSERTED, s.content());
        case DELETE -> addContent(runs, Change.DELETED, s.content());
        case EQUAL -> {
          if (s.isReformatted()) {
            addReformatted(runs, s.content(), s.formerly());
          } else if (!s.isRestyled() || printable) {
            addContent(runs, Change.KEPT, s.content());
          } else {
            restyled(runs, s.oldText(), s.text());
          }
        }
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

  /** The runs of a line that is wholly deleted or inserted (a move's end), all marked alike. */
  private static List<Run> wholeRuns(TextChange change, Change mark) {
    List<Run> runs = new ArrayList<>();
    change.segments().forEach(s -> addContent(runs, mark, s.content()));
    return runs;
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
        boolean wholeArticle = e.path().equals(e.article());
        Map<String, Para> where = gone ? (wholeArticle ? oldHeadings : oldClauses) : (wholeArticle ? newHeadings : newClauses);
        Para para = where.get(wholeArticle ? e.article() : e.path());
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
