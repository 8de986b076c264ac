package dev.redline.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.redline.model.ChangeStatus;
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import java.util.ArrayList;
import java.util.List;

/** The word-level edit between two lines of text. Stateless and thread-safe. */
public final class WordDiffer {
  private WordDiffer() {}

  /** The edit from the old line to the new one; both may be empty for a deletion or insertion. */
  public static TextChange diff(String oldText, String newText) {
    if (oldText.equals(newText)) {
      return new TextChange(
          ChangeStatus.UNCHANGED, oldText, newText, oldText.isEmpty() ? List.of() : List.of(new Segment(Segment.Op.EQUAL, oldText)));
    }
    if (oldText.isEmpty()) {
      return inserted(newText);
    }
    if (newText.isEmpty()) {
      return deleted(oldText);
    }
    List<String> a = Tokens.of(oldText);
    List<String> b = Tokens.of(newText);
    List<Segment> raw = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      int start = delta.getSource().getPosition();
      add(raw, Segment.Op.EQUAL, a.subList(position, start));
      add(raw, Segment.Op.DELETE, delta.getSource().getLines());
      add(raw, Segment.Op.INSERT, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(raw, Segment.Op.EQUAL, a.subList(position, a.size()));
    return new TextChange(ChangeStatus.MODIFIED, oldText, newText, tidy(raw));
  }

  /** A line that exists only in the new draft. */
  public static TextChange inserted(String newText) {
    return new TextChange(ChangeStatus.INSERTED, "", newText, List.of(new Segment(Segment.Op.INSERT, newText)));
  }

  /** A line that exists only in the old draft. */
  public static TextChange deleted(String oldText) {
    return new TextChange(ChangeStatus.DELETED, oldText, "", List.of(new Segment(Segment.Op.DELETE, oldText)));
  }

  private static void add(List<Segment> segments, Segment.Op op, List<String> tokens) {
    if (!tokens.isEmpty()) {
      segments.add(new Segment(op, String.join("", tokens)));
    }
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
        runs.add(new Run(s.text()));
      } else {
        if (last == null || last.isEqual()) {
          last = new Run();
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
            && equal.equal.length() <= Math.min(before.size(), after.size())) {
          before.deleted.append(equal.equal).append(after.deleted);
          before.inserted.append(equal.equal).append(after.inserted);
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
        out.add(new Segment(Segment.Op.EQUAL, run.equal));
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

  /** An unchanged stretch, or a change: what was deleted and what was inserted in its place. */
  private static final class Run {
    final String equal;
    final StringBuilder deleted = new StringBuilder();
    final StringBuilder inserted = new StringBuilder();

    Run(String equal) {
      this.equal = equal;
    }

    Run() {
      this.equal = null;
    }

    boolean isEqual() {
      return equal != null;
    }

    int size() {
      return Math.max(deleted.length(), inserted.length());
    }
  }
}
