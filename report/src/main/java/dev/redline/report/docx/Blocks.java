package dev.redline.report.docx;

import dev.redline.model.Format;
import dev.redline.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The redline laid out before it is written: paragraphs whose runs and marks say what changed,
 * and tables. The same layout is written with tracked changes or, for print, with formatting.
 */
final class Blocks {
  private Blocks() {}

  /** A paragraph, a table of note text, or a table of the draft. */
  sealed interface Block permits Para, Table, DraftTable {}

  /** What happened to a run of text, or to a paragraph mark. */
  enum Change {
    KEPT,
    INSERTED,
    DELETED,
    /** Where moved text stood: Word's {@code w:moveFrom}; accepted like a deletion. */
    MOVED_FROM,
    /** Where moved text went: Word's {@code w:moveTo}; accepted like an insertion. */
    MOVED_TO;

    /** Whether accepting keeps the text (an insertion or a move's target). */
    boolean insertsText() {
      return this == INSERTED || this == MOVED_TO;
    }

    /** Whether accepting removes the text (a deletion or a move's source). */
    boolean removesText() {
      return this == DELETED || this == MOVED_FROM;
    }
  }

  /**
   * A run of text, a reference to a Word footnote whose content is {@code note}, or a reference to
   * one of the draft's footnotes ({@code ref}) that {@link WordFootnotes} has not made a Word
   * footnote, shown as its marker in superscript.
   *
   * @param change what happened to the run (for a footnote reference: to the reference)
   * @param text the text; empty for a footnote reference
   * @param note the footnote's content where this is a Word footnote reference; empty otherwise
   * @param ref the draft's footnote reference where this is one; empty otherwise
   * @param format how the text is set in the new draft (in the old, for deleted text)
   * @param formerly for kept text that the old draft sets in another format, that format; empty otherwise
   */
  record Run(
      Change change, String text, Optional<List<Run>> note, Optional<Inline.NoteRef> ref, Format format, Optional<Format> formerly) {
    Run {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(text, "text");
      note = note.map(List::copyOf);
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(formerly, "formerly");
    }

    Run(Change change, String text, Optional<List<Run>> note, Optional<Inline.NoteRef> ref) {
      this(change, text, note, ref, Format.PLAIN, Optional.empty());
    }

    /** A run of plain text. */
    Run(Change change, String text) {
      this(change, text, Optional.empty(), Optional.empty());
    }

    /** A run of text set in a format; {@code formerly} is the old draft's format where the change is one of formatting. */
    Run(Change change, String text, Format format, Optional<Format> formerly) {
      this(change, text, Optional.empty(), Optional.empty(), format, formerly);
    }

    /** The same run with other text, in the same format. */
    Run withText(String other) {
      return new Run(change, other, note, ref, format, formerly);
    }

    /** A reference to a Word footnote with this content. */
    static Run footnote(Change change, List<Run> content) {
      return new Run(change, "", Optional.of(content), Optional.empty());
    }

    /** A reference to one of the draft's footnotes. */
    static Run reference(Change change, Inline.NoteRef ref) {
      return new Run(change, "", Optional.empty(), Optional.of(ref));
    }

    boolean isFootnote() {
      return note.isPresent();
    }

    /** Whether this run is text: neither kind of reference. */
    boolean isText() {
      return note.isEmpty() && ref.isEmpty();
    }
  }

  /**
   * One paragraph. Mutable while the layout is built (comments are anchored on it later, by
   * paragraph), then only read.
   */
  static final class Para implements Block {
    final String style;
    final int depth;
    final Change mark;
    final String moveName;
    final List<Run> runs;
    final List<String> comments = new ArrayList<>();
    boolean pageBreakBefore;
    boolean bold;
    /** Where Word's automatic numbering shows the paragraph's label, or null where its runs hold the label. */
    ListPlace list;

    /**
     * @param style the paragraph style's id
     * @param depth how far the paragraph is indented, in steps
     * @param mark what happened to the whole paragraph: {@code KEPT} where its mark is not tracked
     * @param moveName the name shared by both ends of a move, or null where the paragraph is not one
     * @param runs the runs, in order
     */
    Para(String style, int depth, Change mark, String moveName, List<Run> runs) {
      this.style = style;
      this.depth = depth;
      this.mark = mark;
      this.moveName = moveName;
      this.runs = List.copyOf(runs);
    }

    static Para plain(String style, String text) {
      return new Para(style, 0, Change.KEPT, null, text.isEmpty() ? List.of() : List.of(new Run(Change.KEPT, text)));
    }

    /** The paragraph anchors one more comment. */
    Para comment(String text) {
      if (!text.isBlank()) {
        comments.add(text);
      }
      return this;
    }
  }

  /**
   * A place in Word's automatic numbering.
   *
   * @param numId the list in the numbering part
   * @param level the level in the list, 0 to 8
   */
  record ListPlace(String numId, int level) {}

  /** A cell of a table, with an optional fill colour ({@code RRGGBB}). */
  record Cell(String text, String fill) {
    Cell(String text) {
      this(text, "");
    }
  }

  /**
   * A table of note text; its first row is a header, repeated on every page.
   *
   * @param widths the columns' relative widths
   * @param rows the rows, the header first
   */
  record Table(List<Integer> widths, List<List<Cell>> rows) implements Block {
    Table {
      widths = List.copyOf(widths);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<Cell> row : rows) {
        if (row.size() != widths.size()) {
          throw new IllegalArgumentException("every row needs one cell per column");
        }
      }
    }
  }

  /**
   * A table of the draft, with its changes: rows inserted or deleted whole, and the changes of each
   * cell's text in its runs.
   *
   * @param widths the columns' relative widths, one per column
   * @param rows the rows in reading order
   */
  record DraftTable(List<Integer> widths, List<DraftRow> rows) implements Block {
    DraftTable {
      widths = List.copyOf(widths);
      rows = List.copyOf(rows);
      for (DraftRow row : rows) {
        if (row.cells().isEmpty() || row.cells().size() > widths.size()) {
          throw new IllegalArgumentException("a row needs one to " + widths.size() + " cells");
        }
      }
    }
  }

  /**
   * A row of a draft's table.
   *
   * @param change {@code INSERTED} or {@code DELETED} for a row in one draft only, else {@code KEPT}
   * @param cells one paragraph per cell, its mark never tracked; the last cell spans the columns
   *     the row has no cell for
   */
  record DraftRow(Change change, List<Para> cells) {
    DraftRow {
      Objects.requireNonNull(change, "change");
      cells = List.copyOf(cells);
    }
  }
}
