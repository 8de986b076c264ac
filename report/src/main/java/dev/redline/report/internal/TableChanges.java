package dev.redline.report.internal;

import dev.redline.model.ChangeStatus;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of clause changes as a writer lays it out: clauses one by one, and each table's changes
 * (its own, then each row's followed by its cells', as the differ gives them) gathered into one
 * table with rows and cells. Stateless.
 */
public final class TableChanges {
  private TableChanges() {}

  /** A clause change, or a whole table's. */
  public sealed interface Piece permits Single, Table {}

  /** A clause change that is not part of a table. */
  public record Single(ClauseChange clause) implements Piece {}

  /**
   * A table's changes.
   *
   * @param table the table's own change: which drafts hold it
   * @param rows its rows in reading order, the deleted ones where they stood
   */
  public record Table(ClauseChange table, List<Row> rows) implements Piece {
    public Table {
      rows = List.copyOf(rows);
    }

    /** The number of columns: the most cells any row has. */
    public int columns() {
      return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    /** Whether anything in the table changed: a row inserted or deleted, or a cell's text (the differ's status of the table). */
    public boolean changed() {
      return table.text().status() != ChangeStatus.UNCHANGED;
    }
  }

  /**
   * A row's changes.
   *
   * @param row the row's own change: which drafts hold it
   * @param cells its cells' changes, column by column
   */
  public record Row(ClauseChange row, List<ClauseChange> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** What happened to the row, as the differ says: inserted, deleted, modified (a cell changed) or unchanged. */
    public ChangeStatus status() {
      return row.text().status();
    }

    /** Whether the row is new in the newer draft. */
    public boolean inserted() {
      return status() == ChangeStatus.INSERTED;
    }

    /** Whether the row is gone from the newer draft. */
    public boolean deleted() {
      return status() == ChangeStatus.DELETED;
    }

    /** Whether the row is in both drafts and a cell's text changed. */
    public boolean changed() {
      return status() == ChangeStatus.MODIFIED;
    }
  }

  /** The changes as pieces, in the same order. */
  public static List<Piece> of(List<ClauseChange> changes) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      ClauseChange change = changes.get(i);
      if (change.clause().kind() != ClauseKind.TABLE) {
        pieces.add(new Single(change));
        continue;
      }
      List<Row> rows = new ArrayList<>();
      int next = i + 1;
      while (next < changes.size() && changes.get(next).clause().kind() == ClauseKind.ROW) {
        ClauseChange row = changes.get(next++);
        List<ClauseChange> cells = new ArrayList<>();
        while (next < changes.size() && changes.get(next).clause().kind() == ClauseKind.CELL) {
          cells.add(changes.get(next++));
        }
        rows.add(new Row(row, cells));
      }
      pieces.add(new Table(change, rows));
      i = next - 1;
    }
    return pieces;
  }
}
