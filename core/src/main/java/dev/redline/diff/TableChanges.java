package dev.redline.diff;

import dev.redline.model.Article;
import dev.redline.model.ChangeStatus;
import dev.redline.model.Clause;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseKind;
import dev.redline.model.TextChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The changes of a table, in reading order: the table's own change, then each row's, each followed
 * by its cells'. Rows are paired by their content (a row whose cells share too few words with any
 * row of the other draft, or that changed its place, is deleted and another inserted); the cells of
 * a pair of rows are paired by their column, and diffed word by word like clauses. A table, row or
 * cell present on one side only is inserted or deleted whole. The table's and the rows' own text
 * is empty; their status sums up their parts' ({@link TextChange#ofParts}): a row or table that one
 * draft has is inserted or deleted, one in both drafts is modified where a cell of it changed, else
 * unchanged. Stateless.
 */
final class TableChanges {
  private TableChanges() {}

  /** The article's clauses in reading order, a table standing for its rows and cells. */
  static List<Clause> outsideTables(Article article) {
    return article.clauses().stream().flatMap(TableChanges::outsideTables).toList();
  }

  private static Stream<Clause> outsideTables(Clause clause) {
    if (clause.kind() == ClauseKind.TABLE) {
      return Stream.of(clause);
    }
    return Stream.concat(Stream.of(clause), clause.children().stream().flatMap(TableChanges::outsideTables));
  }

  /** A table as the line aligner pairs it: by all its cells' words, with its path's own part as its label. */
  static LineAligner.Item item(Clause table, Map<String, Integer> numbers) {
    return new LineAligner.Item(LineAligner.TABLE, table.path().last(), words(table), numbers);
  }

  /** The changes of a table present in one draft or both. */
  static List<ClauseChange> of(Optional<Clause> oldTable, Optional<Clause> newTable, Context context) {
    List<ClauseChange> changes = new ArrayList<>();
    List<Clause> oldRows = oldTable.map(Clause::children).orElse(List.of());
    List<Clause> newRows = newTable.map(Clause::children).orElse(List.of());
    Map<String, Integer> numbers = new HashMap<>();
    LineAligner.Result rows = LineAligner.align(rowItems(oldRows, numbers), rowItems(newRows, numbers), false, false);
    boolean tableChanged = false;
    for (LineAligner.Step step : rows.steps()) {
      Optional<Clause> o = step.oldIndex() < 0 ? Optional.empty() : Optional.of(oldRows.get(step.oldIndex()));
      Optional<Clause> n = step.newIndex() < 0 ? Optional.empty() : Optional.of(newRows.get(step.newIndex()));
      List<ClauseChange> cells = new ArrayList<>();
      List<Clause> oldCells = o.map(Clause::children).orElse(List.of());
      List<Clause> newCells = n.map(Clause::children).orElse(List.of());
      for (int c = 0; c < Math.max(oldCells.size(), newCells.size()); c++) {
        Optional<Clause> oc = c < oldCells.size() ? Optional.of(oldCells.get(c)) : Optional.empty();
        Optional<Clause> nc = c < newCells.size() ? Optional.of(newCells.get(c)) : Optional.empty();
        cells.add(
            new ClauseChange(
                oc, nc, WordDiffer.diff(oc.map(ClauseDiffer::line).orElse(null), nc.map(ClauseDiffer::line).orElse(null), context)));
      }
      ChangeStatus row = status(o, n, cells);
      tableChanged |= row != ChangeStatus.UNCHANGED;
      changes.add(new ClauseChange(o, n, TextChange.ofParts(row)));
      changes.addAll(cells);
    }
    changes.add(0, new ClauseChange(oldTable, newTable,
        TextChange.ofParts(oldTable.isEmpty() ? ChangeStatus.INSERTED : newTable.isEmpty() ? ChangeStatus.DELETED
            : tableChanged ? ChangeStatus.MODIFIED : ChangeStatus.UNCHANGED)));
    return changes;
  }

  /** A row's status: inserted or deleted where one draft has it, else modified where one of its cells changed. */
  private static ChangeStatus status(Optional<Clause> oldRow, Optional<Clause> newRow, List<ClauseChange> cells) {
    if (oldRow.isEmpty()) {
      return ChangeStatus.INSERTED;
    }
    if (newRow.isEmpty()) {
      return ChangeStatus.DELETED;
    }
    return cells.stream().anyMatch(c -> c.text().status() != ChangeStatus.UNCHANGED) ? ChangeStatus.MODIFIED : ChangeStatus.UNCHANGED;
  }

  private static List<LineAligner.Item> rowItems(List<Clause> rows, Map<String, Integer> numbers) {
    return rows.stream().map(r -> new LineAligner.Item(ClauseKind.ROW.name(), "", words(r), numbers)).toList();
  }

  /** The words of a table or row: its cells' texts joined by spaces. */
  private static String words(Clause clause) {
    return clause.flatten().map(Clause::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
  }
}
