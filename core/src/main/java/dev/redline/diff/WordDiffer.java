package dev.redline.diff;

import dev.redline.model.ChangeKind;
import dev.redline.model.ChangeStatus;
import dev.redline.model.Edit;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The word-level edit between two lines of text, with each changed piece classified. Stateless and
 * thread-safe.
 *
 * <p>Lines are cut into {@link Tokens} and compared token by token, so a word is never split.
 * Tokens that differ only in white space, quote or dash style or hyphenation left at a line end
 * are kept, and show the new text (see {@link Segment#isRestyled()}).
 */
public final class WordDiffer {
  private WordDiffer() {}

  /**
   * The edit from the old line to the new one; either may be empty for an insertion or deletion.
   * Edits are classified without labels or renumbering: as wording, editorial or brackets.
   */
  public static TextChange diff(String oldText, String newText) {
    return diff(oldText.isEmpty() ? null : Line.of(oldText), newText.isEmpty() ? null : Line.of(newText), Context.NONE);
  }

  /** The edit between two lines, either of which may be absent (null), classified in context. */
  static TextChange diff(Line oldLine, Line newLine, Context context) {
    if (oldLine == null && newLine == null) {
      return new TextChange(ChangeStatus.UNCHANGED, "", "", List.of(), List.of());
    }
    if (oldLine == null || newLine == null) {
      boolean inserted = oldLine == null;
      Line line = inserted ? newLine : oldLine;
      List<Edit> edits = EditClassifier.whole(line, inserted);
      return structured(whole(line.text(), inserted, edits), oldLine, newLine);
    }
    String oldText = oldLine.text();
    String newText = newLine.text();
    if (oldText.equals(newText)) {
      return structured(new TextChange(
          ChangeStatus.UNCHANGED, oldText, newText, oldText.isEmpty() ? List.of() : List.of(new Segment(Segment.Op.EQUAL, oldText)), List.of()),
          oldLine, newLine);
    }
    TokenScript script = TokenScript.of(oldLine, newLine);
    List<Segment> segments = tidy(segments(script));
    boolean kept = segments.stream().allMatch(s -> s.op() == Segment.Op.EQUAL);
    List<Edit> edits = kept ? List.of() : EditClassifier.classify(script, oldLine, newLine, context);
    return structured(new TextChange(kept ? ChangeStatus.UNCHANGED : ChangeStatus.MODIFIED, oldText, newText, segments, edits), oldLine, newLine);
  }

  /**
   * The change with each segment's content taken from the lines' structure at the segment's
   * offsets: the words as runs, a footnote reference (one token, so never cut) as a reference.
   */
  private static TextChange structured(TextChange change, Line oldLine, Line newLine) {
    InlineText oldWhole = oldLine == null ? InlineText.EMPTY : oldLine.whole();
    InlineText newWhole = newLine == null ? InlineText.EMPTY : newLine.whole();
    if (oldWhole.noteRefs().isEmpty() && newWhole.noteRefs().isEmpty() && !oldWhole.isFormatted() && !newWhole.isFormatted()) {
      return change;
    }
    List<Segment> out = new ArrayList<>();
    List<Edit> formatting = new ArrayList<>();
    int oldAt = 0;
    int newAt = 0;
    for (Segment s : change.segments()) {
      switch (s.op()) {
        case EQUAL -> {
          if (s.isRestyled()) {
            out.add(s.withContent(newWhole.slice(newAt, newAt + s.text().length())));
          } else {
            reformatted(s.text(), oldWhole, oldAt, newWhole, newAt, out, formatting);
          }
        }
        case INSERT -> out.add(s.withContent(newWhole.slice(newAt, newAt + s.text().length())));
        case DELETE -> out.add(s.withContent(oldWhole.slice(oldAt, oldAt + s.text().length())));
      }
      oldAt += s.oldText().length();
      newAt += s.op() == Segment.Op.DELETE ? 0 : s.text().length();
    }
    if (formatting.isEmpty()) {
      return new TextChange(change.status(), change.oldText(), change.newText(), out, change.edits());
    }
    List<Edit> edits = new ArrayList<>(change.edits());
    edits.addAll(formatting);
    edits.sort(Comparator.comparingInt(Edit::newOffset).thenComparingInt(Edit::oldOffset));
    ChangeStatus status = change.status() == ChangeStatus.UNCHANGED ? ChangeStatus.MODIFIED : change.status();
    return new TextChange(status, change.oldText(), change.newText(), out, edits);
  }

  /**
   * A kept stretch of words as segments: pieces set alike in both drafts, and pieces whose format
   * differs (white space counts only between two such words), each of those with its old structure
   * and a formatting edit over its words.
   */
  private static void reformatted(
      String text, InlineText oldWhole, int oldAt, InlineText newWhole, int newAt, List<Segment> out, List<Edit> edits) {
    boolean[] differs = new boolean[text.length()];
    for (int i = 0; i < text.length(); i++) {
      differs[i] = !Character.isWhitespace(text.charAt(i)) && !oldWhole.formatAt(oldAt + i).looksLike(newWhole.formatAt(newAt + i));
    }
    for (int i = 0; i < text.length(); i++) { // white space between two reformatted words goes with them
      if (Character.isWhitespace(text.charAt(i))) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        boolean inside = i > 0 && differs[i - 1] && j < text.length() && differs[j];
        for (int x = i; x < j; x++) {
          differs[x] = inside;
        }
        i = j - 1;
      }
    }
    int start = 0;
    while (start < text.length()) {
      int end = start + 1;
      while (end < text.length() && differs[end] == differs[start]) {
        end++;
      }
      String piece = text.substring(start, end);
      List<Inline> content = newWhole.slice(newAt + start, newAt + end);
      if (differs[start]) {
        out.add(new Segment(Segment.Op.EQUAL, piece, piece, content, oldWhole.slice(oldAt + start, oldAt + end)));
        edits.add(new Edit(ChangeKind.FORMATTING, piece, oldAt + start, piece, newAt + start));
      } else {
        out.add(new Segment(Segment.Op.EQUAL, piece, piece, content));
      }
      start = end;
    }
  }

  /** A line at one end of a moved clause: wholly deleted or inserted, its edits given by the move. */
  static TextChange moved(Line line, boolean inserted) {
    return structured(whole(line.text(), inserted, List.of()), inserted ? null : line, inserted ? line : null);
  }

  private static TextChange whole(String text, boolean inserted, List<Edit> edits) {
    if (text.isEmpty()) {
      return new TextChange(ChangeStatus.UNCHANGED, "", "", List.of(), List.of());
    }
    return inserted
        ? new TextChange(ChangeStatus.INSERTED, "", text, List.of(new Segment(Segment.Op.INSERT, text)), edits)
        : new TextChange(ChangeStatus.DELETED, text, "", List.of(new Segment(Segment.Op.DELETE, text)), edits);
  }

  /**
   * The script as runs of text: kept tokens written alike join one kept run; a kept token written
   * differently is a kept run of its own, and white space that only one draft has goes with the
   * token before it (or after it, at the start), so that a renderer that tracks differences of
   * style marks no more than it must.
   */
  private static List<Segment> segments(TokenScript script) {
    List<String[]> items = new ArrayList<>(); // {op, new text, old text}
    String pendingOld = "";
    String pendingNew = "";
    for (TokenScript.Step step : script.steps) {
      String oldToken = step.oldIndex() < 0 ? "" : script.oldTokens.get(step.oldIndex());
      String newToken = step.newIndex() < 0 ? "" : script.newTokens.get(step.newIndex());
      if (step.kind() == TokenScript.Kind.EQUAL) {
        items.add(new String[] {"=", pendingNew + newToken, pendingOld + oldToken});
        pendingNew = "";
        pendingOld = "";
      } else if (step.quiet()) {
        String[] last = items.isEmpty() ? null : items.get(items.size() - 1);
        if (last != null && last[0].equals("=")) {
          last[1] += newToken;
          last[2] += oldToken;
        } else {
          pendingNew += newToken;
          pendingOld += oldToken;
        }
      } else {
        items.add(
            step.kind() == TokenScript.Kind.DELETE
                ? new String[] {"-", oldToken, oldToken}
                : new String[] {"+", newToken, ""});
      }
    }
    if (!pendingOld.isEmpty()) {
      items.add(new String[] {"-", pendingOld, pendingOld}); // white space with nothing kept beside it
    }
    if (!pendingNew.isEmpty()) {
      items.add(new String[] {"+", pendingNew, ""});
    }
    List<Segment> out = new ArrayList<>();
    StringBuilder same = new StringBuilder();
    for (String[] item : items) {
      if (item[0].equals("=") && item[1].equals(item[2])) {
        same.append(item[1]);
        continue;
      }
      if (same.length() > 0) {
        out.add(new Segment(Segment.Op.EQUAL, same.toString()));
        same.setLength(0);
      }
      switch (item[0]) {
        case "=" -> out.add(new Segment(Segment.Op.EQUAL, item[1], item[2]));
        case "-" -> out.add(new Segment(Segment.Op.DELETE, item[1]));
        default -> out.add(new Segment(Segment.Op.INSERT, item[1]));
      }
    }
    if (same.length() > 0) {
      out.add(new Segment(Segment.Op.EQUAL, same.toString()));
    }
    return out;
  }

  /**
   * Makes the edit readable: each run of changes becomes one deletion followed by one insertion,
   * and an unchanged stretch between two changes is folded into them when it is no longer than the
   * change on either side (the semantic clean-up of diff-match-patch), repeated until nothing more
   * folds. "the quick brown fox" to "the slow red fox" then reads as one replacement of "quick
   * brown" by "slow red", not two replacements around an unchanged space.
   */
  private static List<Segment> tidy(List<Segment> raw) {
    List<Run> runs = new ArrayList<>();
    for (Segment s : raw) {
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (s.op() == Segment.Op.EQUAL) {
        if (last == null || !last.isEqual()) {
          last = new Run(true);
          runs.add(last);
        }
        last.kept.add(s);
      } else {
        if (last == null || last.isEqual()) {
          last = new Run(false);
          runs.add(last);
        }
        (s.op() == Segment.Op.DELETE ? last.deleted : last.inserted).append(s.text());
      }
    }
    boolean folded = true;
    while (folded) {
      folded = false;
      for (int i = 1; i + 1 < runs.size(); i++) {
        Run before = runs.get(i - 1);
        Run equal = runs.get(i);
        Run after = runs.get(i + 1);
        if (equal.isEqual() && !before.isEqual() && !after.isEqual()
            && equal.length() <= Math.min(before.size(), after.size())) {
          for (Segment s : equal.kept) {
            before.deleted.append(s.oldText());
            before.inserted.append(s.text());
          }
          before.deleted.append(after.deleted);
          before.inserted.append(after.inserted);
          runs.remove(i + 1);
          runs.remove(i);
          folded = true;
          break;
        }
      }
    }
    List<Segment> out = new ArrayList<>();
    for (Run run : runs) {
      if (run.isEqual()) {
        out.addAll(run.kept);
      } else {
        if (run.deleted.length() > 0) {
          out.add(new Segment(Segment.Op.DELETE, run.deleted.toString()));
        }
        if (run.inserted.length() > 0) {
          out.add(new Segment(Segment.Op.INSERT, run.inserted.toString()));
        }
      }
    }
    return out;
  }

  /** An unchanged stretch (its kept segments), or a change: what was deleted and what was inserted in its place. */
  private static final class Run {
    final boolean equal;
    final List<Segment> kept = new ArrayList<>();
    final StringBuilder deleted = new StringBuilder();
    final StringBuilder inserted = new StringBuilder();

    Run(boolean equal) {
      this.equal = equal;
    }

    boolean isEqual() {
      return equal;
    }

    int length() {
      return kept.stream().mapToInt(s -> s.text().length()).sum();
    }

    int size() {
      return Math.max(deleted.length(), inserted.length());
    }
  }
}
