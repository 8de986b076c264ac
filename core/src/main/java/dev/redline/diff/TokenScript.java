package dev.redline.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The token-level edit script of one line: which old token became which new token, which were
 * deleted and which inserted. The label and the body are compared apart, label first. Tokens are
 * equal when {@link TokenStyle#same} says so; a run of changes that is white space alone is quiet:
 * kept, not a change.
 */
final class TokenScript {
  enum Kind {
    EQUAL,
    DELETE,
    INSERT
  }

  /**
   * One step: an old and a new token kept, an old token deleted, or a new token inserted.
   *
   * @param kind what happened
   * @param oldIndex the old token's index, or -1
   * @param newIndex the new token's index, or -1
   * @param quiet whether this change is white space within a run of white-space changes only
   */
  record Step(Kind kind, int oldIndex, int newIndex, boolean quiet) {
    boolean kept() {
      return kind == Kind.EQUAL || quiet;
    }
  }

  final List<String> oldTokens;
  final List<String> newTokens;
  /** How many of the old and new tokens form the label and its separator. */
  final int oldHead;
  final int newHead;
  final List<Step> steps;
  private final int[] oldStarts;
  private final int[] newStarts;

  private TokenScript(Line oldLine, Line newLine) {
    List<String> oldHeadTokens = Tokens.of(oldLine.head());
    List<String> newHeadTokens = Tokens.of(newLine.head());
    List<String> oldBody = Tokens.of(oldLine.body());
    List<String> newBody = Tokens.of(newLine.body());
    oldTokens = concat(oldHeadTokens, oldBody);
    newTokens = concat(newHeadTokens, newBody);
    oldHead = oldHeadTokens.size();
    newHead = newHeadTokens.size();
    List<Step> raw = new ArrayList<>(align(oldHeadTokens, newHeadTokens, 0, 0));
    raw.addAll(slide(align(oldBody, newBody, oldHead, newHead)));
    steps = quieten(raw);
    oldStarts = starts(oldTokens);
    newStarts = starts(newTokens);
  }

  static TokenScript of(Line oldLine, Line newLine) {
    return new TokenScript(oldLine, newLine);
  }

  /** Where the old token starts in the old line; the line's length past the last token. */
  int oldStart(int index) {
    return oldStarts[index];
  }

  /** Where the new token starts in the new line; the line's length past the last token. */
  int newStart(int index) {
    return newStarts[index];
  }

  private static List<Step> align(List<String> a, List<String> b, int aBase, int bBase) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b, TokenStyle::same).getDeltas()) {
      int sourceStart = delta.getSource().getPosition();
      while (i < sourceStart) {
        steps.add(new Step(Kind.EQUAL, aBase + i++, bBase + j++, false));
      }
      for (int k = 0; k < delta.getSource().size(); k++) {
        steps.add(new Step(Kind.DELETE, aBase + i++, -1, false));
      }
      for (int k = 0; k < delta.getTarget().size(); k++) {
        steps.add(new Step(Kind.INSERT, -1, bBase + j++, false));
      }
    }
    while (i < a.size()) {
      steps.add(new Step(Kind.EQUAL, aBase + i++, bBase + j++, false));
    }
    return steps;
  }

  /**
   * Joins two pure insertions (or two pure deletions) that a kept stretch separates, where the
   * second ends with that same stretch: the stretch is kept at the end instead. Myers' algorithm may
   * keep the first of two equal words; a reader expects one inserted phrase, not two around a
   * common word ("on the offence being committed with dishonest or criminal intent, or on").
   */
  private List<Step> slide(List<Step> steps) {
    List<Step> s = new ArrayList<>(steps);
    boolean changed = true;
    while (changed) {
      changed = false;
      int k = 0;
      while (k < s.size()) {
        int aEnd = runEnd(s, k);
        if (aEnd == k || !pure(s, k, aEnd)) {
          k = Math.max(aEnd, k + 1);
          continue;
        }
        Kind kind = s.get(k).kind();
        int eEnd = aEnd;
        while (eEnd < s.size() && s.get(eEnd).kind() == Kind.EQUAL) {
          eEnd++;
        }
        int bEnd = runEnd(s, eEnd);
        int equal = eEnd - aEnd;
        int second = bEnd - eEnd;
        if (equal == 0 || second < equal || !pure(s, eEnd, bEnd) || s.get(eEnd).kind() != kind) {
          k = aEnd;
          continue;
        }
        boolean tailMatches = true;
        for (int t = 0; t < equal && tailMatches; t++) {
          Step kept = s.get(aEnd + t);
          Step tail = s.get(bEnd - equal + t);
          String keptToken = kind == Kind.INSERT ? newTokens.get(kept.newIndex()) : oldTokens.get(kept.oldIndex());
          String tailToken = kind == Kind.INSERT ? newTokens.get(tail.newIndex()) : oldTokens.get(tail.oldIndex());
          tailMatches = TokenStyle.same(keptToken, tailToken);
        }
        if (!tailMatches) {
          k = aEnd;
          continue;
        }
        List<Step> joined = new ArrayList<>();
        for (int t = aEnd; t < eEnd; t++) {
          Step kept = s.get(t);
          joined.add(kind == Kind.INSERT ? new Step(Kind.INSERT, -1, kept.newIndex(), false) : new Step(Kind.DELETE, kept.oldIndex(), -1, false));
        }
        for (int t = eEnd; t < bEnd - equal; t++) {
          joined.add(s.get(t));
        }
        for (int t = 0; t < equal; t++) {
          Step kept = s.get(aEnd + t);
          Step tail = s.get(bEnd - equal + t);
          joined.add(kind == Kind.INSERT
              ? new Step(Kind.EQUAL, kept.oldIndex(), tail.newIndex(), false)
              : new Step(Kind.EQUAL, tail.oldIndex(), kept.newIndex(), false));
        }
        List<Step> next = new ArrayList<>(s.subList(0, aEnd));
        next.addAll(joined);
        next.addAll(s.subList(bEnd, s.size()));
        s = next;
        changed = true;
        break;
      }
    }
    return s;
  }

  /** The end (exclusive) of the run of changes starting at k; k itself where the step there is kept. */
  private static int runEnd(List<Step> steps, int k) {
    int end = k;
    while (end < steps.size() && steps.get(end).kind() != Kind.EQUAL) {
      end++;
    }
    return end;
  }

  /** Whether the steps from..to (exclusive) are all insertions or all deletions. */
  private static boolean pure(List<Step> steps, int from, int to) {
    if (from >= to) {
      return false;
    }
    Kind kind = steps.get(from).kind();
    for (int k = from; k < to; k++) {
      if (steps.get(k).kind() != kind) {
        return false;
      }
    }
    return true;
  }

  /** Marks every run of changes that holds nothing but white space as quiet. */
  private List<Step> quieten(List<Step> raw) {
    List<Step> out = new ArrayList<>(raw.size());
    int k = 0;
    while (k < raw.size()) {
      if (raw.get(k).kind() == Kind.EQUAL) {
        out.add(raw.get(k++));
        continue;
      }
      int end = k;
      boolean blank = true;
      while (end < raw.size() && raw.get(end).kind() != Kind.EQUAL) {
        blank &= TokenStyle.isSpace(token(raw.get(end)));
        end++;
      }
      for (int s = k; s < end; s++) {
        Step step = raw.get(s);
        out.add(blank ? new Step(step.kind(), step.oldIndex(), step.newIndex(), true) : step);
      }
      k = end;
    }
    return out;
  }

  /** The token a step deletes or inserts, or its new token where kept. */
  String token(Step step) {
    return step.kind() == Kind.DELETE ? oldTokens.get(step.oldIndex()) : newTokens.get(step.newIndex());
  }

  /** Whether the script keeps everything: the lines differ in style at most. */
  boolean keepsAll() {
    return steps.stream().allMatch(Step::kept);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static int[] starts(List<String> tokens) {
    int[] starts = new int[tokens.size() + 1];
    for (int k = 0; k < tokens.size(); k++) {
      starts[k + 1] = starts[k] + tokens.get(k).length();
    }
    return starts;
  }
}
