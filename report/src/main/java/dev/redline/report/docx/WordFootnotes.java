package dev.redline.report.docx;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Comparison;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import dev.redline.model.Inline;
import dev.redline.report.docx.Blocks.Change;
import dev.redline.report.docx.Blocks.Run;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.ReportRows.Line;
import dev.redline.report.internal.ReportRows.Mark;
import dev.redline.report.internal.ReportRows.Piece;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The drafts' footnotes as real Word footnotes: each footnote reference in the text (a run that
 * {@link RedlineLayout} made from an {@link Inline.NoteRef}) becomes a Word footnote reference whose
 * footnote holds the note's text, with its own tracked changes.
 *
 * <p>Word numbers footnotes itself, in reading order, so this is done only where that numbering
 * is the drafts' own: in both drafts the clauses' references, read in order, are 1, 2, 3 ... each cited once
 * and defined. Then a kept marker refers to one footnote whose text shows the note's edits; a
 * deleted or inserted marker to a footnote with the old or new text, deleted or inserted with its
 * reference; a marker renumbered with its note ({@code 3} to {@code 2}) is one reference,
 * since Word renumbers it. Accepting every change leaves the new draft's footnotes, rejecting
 * every change the old draft's. Where the drafts number their notes otherwise, {@link #of} gives
 * nothing and the notes are written as paragraphs after their article.
 */
final class WordFootnotes {
  private final Map<String, String> oldNotes;
  private final Map<String, String> newNotes;
  private final Map<String, Line> byNewMarker = new HashMap<>();
  private final boolean printable;

  private WordFootnotes(Comparison comparison, ReportRows.Draft rows, boolean printable) {
    this.oldNotes = notes(comparison.oldDraft());
    this.newNotes = notes(comparison.newDraft());
    this.printable = printable;
    for (ReportRows.ArticleRow article : rows.articles()) {
      for (Line note : article.footnotes()) {
        if (!note.text().oldText().isEmpty() && !note.text().newText().isEmpty()) {
          byNewMarker.putIfAbsent(marker(note.text().newText()), note);
        }
      }
    }
  }

  /**
   * Real footnotes for the comparison, whose footnote lines are in its rows, or empty where the
   * drafts' notes are not numbered 1, 2, 3 ... in reading order.
   */
  static Optional<WordFootnotes> of(Comparison comparison, ReportRows.Draft rows, boolean printable) {
    if (!numberedInOrder(comparison.oldDraft()) || !numberedInOrder(comparison.newDraft())) {
      return Optional.empty();
    }
    return Optional.of(new WordFootnotes(comparison, rows, printable));
  }

  private static Stream<Clause> clauses(Draft draft) {
    return Stream.concat(draft.preamble().stream().flatMap(Clause::flatten), draft.articles().stream().flatMap(a -> a.allClauses()));
  }

  /**
   * Whether the draft's title, division headings, article titles and clauses cite notes 1, 2, 3...
   * in reading order, each defined, as Word numbers them.
   */
  private static boolean numberedInOrder(Draft draft) {
    List<Inline.NoteRef> refs = new ArrayList<>(draft.titleContent().noteRefs());
    draft.preamble().stream().flatMap(Clause::flatten).forEach(c -> refs.addAll(c.content().noteRefs()));
    Set<Division> opened = new HashSet<>();
    for (Article a : draft.articles()) {
      a.divisions().stream().filter(opened::add).forEach(d -> refs.addAll(d.titleContent().noteRefs()));
      refs.addAll(a.titleContent().noteRefs());
      a.allClauses().forEach(c -> refs.addAll(c.content().noteRefs()));
    }
    List<String> cited = refs.stream().map(Inline.NoteRef::marker).toList();
    Map<String, String> defined = notes(draft);
    for (int i = 0; i < cited.size(); i++) {
      if (!cited.get(i).equals(String.valueOf(i + 1)) || !defined.containsKey(cited.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> notes(Draft draft) {
    Map<String, String> notes = new HashMap<>();
    clauses(draft).forEach(c -> {
      for (Footnote f : c.footnotes()) {
        notes.putIfAbsent(f.marker(), f.text());
      }
    });
    return notes;
  }

  /** The marker of a footnote line ({@code 2 The term...}): its first word. */
  private static String marker(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }

  /**
   * The runs with every footnote marker turned into a footnote reference; a deleted reference
   * followed by the inserted reference of the same note, renumbered, becomes one kept reference.
   */
  List<Run> apply(List<Run> runs) {
    List<Run> out = new ArrayList<>();
    for (Run run : runs) {
      if (run.isFootnote()) {
        out.add(run);
        continue;
      }
      if (run.ref().isPresent()) {
        reference(out, run.change(), run.ref().get().marker());
      } else {
        out.add(run);
      }
    }
    return joinRenumbered(out);
  }

  private void reference(List<Run> out, Change change, String marker) {
    switch (change) {
      case DELETED, MOVED_FROM -> out.add(Run.footnote(change, plain(oldNotes.get(marker))));
      case INSERTED, MOVED_TO -> out.add(Run.footnote(change, plain(newNotes.get(marker))));
      case KEPT -> {
        Line edit = byNewMarker.get(marker);
        String before = oldNotes.get(marker);
        String after = newNotes.get(marker);
        if (edit != null && marker(edit.text().oldText()).equals(marker)) {
          Optional<List<Run>> tracked = tracked(edit);
          if (tracked.isPresent()) {
            out.add(Run.footnote(Change.KEPT, tracked.get()));
            return;
          }
        }
        if (before != null && before.equals(after)) {
          out.add(Run.footnote(Change.KEPT, plain(after)));
        } else {
          out.add(Run.footnote(Change.DELETED, plain(before)));
          out.add(Run.footnote(Change.INSERTED, plain(after)));
        }
      }
    }
  }

  /** A deleted reference right before an inserted one, where the note was renumbered from the one to the other: one kept reference. */
  private List<Run> joinRenumbered(List<Run> runs) {
    List<Run> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      if (i + 1 < runs.size() && run.isFootnote() && run.change() == Change.DELETED
          && runs.get(i + 1).isFootnote() && runs.get(i + 1).change() == Change.INSERTED) {
        Optional<List<Run>> joined = renumbered(runs.get(i).note().orElseThrow(), runs.get(i + 1).note().orElseThrow());
        if (joined.isPresent()) {
          out.add(Run.footnote(Change.KEPT, joined.get()));
          i++;
          continue;
        }
      }
      out.add(run);
    }
    return out;
  }

  private Optional<List<Run>> renumbered(List<Run> oldContent, List<Run> newContent) {
    String oldText = text(oldContent);
    String newText = text(newContent);
    for (Line edit : byNewMarker.values()) {
      String before = edit.text().oldText();
      String after = edit.text().newText();
      if (before.equals(marker(before) + oldText) && after.equals(marker(after) + newText)) {
        return tracked(edit);
      }
    }
    return Optional.empty();
  }

  private static String text(List<Run> runs) {
    StringBuilder b = new StringBuilder();
    runs.forEach(r -> b.append(r.text()));
    return b.toString();
  }

  /** A note's text as footnote content: a space after Word's number, then the text, kept. */
  private static List<Run> plain(String text) {
    return List.of(new Run(Change.KEPT, " " + (text == null ? "" : text)));
  }

  /**
   * The note's line as footnote content: its pieces without the marker and the space after it,
   * which Word's own number replaces; empty where the pieces do not allow that cut.
   */
  private Optional<List<Run>> tracked(Line edit) {
    int oldCut = marker(edit.text().oldText()).length();
    int newCut = marker(edit.text().newText()).length();
    List<Run> runs = new ArrayList<>();
    for (Piece p : edit.pieces()) {
      String newPart = p.mark() == Mark.DELETED ? "" : p.text();
      String oldPart = p.mark() == Mark.INSERTED ? "" : p.oldText();
      int takeOld = Math.min(oldCut, oldPart.length());
      int takeNew = Math.min(newCut, newPart.length());
      if (p.mark() == Mark.KEPT && (takeOld != takeNew || p.restyled() && takeOld > 0)) {
        return Optional.empty();
      }
      oldCut -= takeOld;
      newCut -= takeNew;
      switch (p.mark()) {
        case DELETED, MOVED_FROM -> add(runs, Change.DELETED, oldPart.substring(takeOld));
        case INSERTED, MOVED_TO -> add(runs, Change.INSERTED, newPart.substring(takeNew));
        case KEPT -> {
          String a = oldPart.substring(takeOld);
          String b = newPart.substring(takeNew);
          if (a.equals(b) || printable) {
            add(runs, Change.KEPT, b);
          } else {
            RedlineLayout.restyled(runs, a, b);
          }
        }
      }
    }
    return Optional.of(runs);
  }

  private static void add(List<Run> runs, Change change, String text) {
    if (!text.isEmpty()) {
      runs.add(new Run(change, text));
    }
  }
}
