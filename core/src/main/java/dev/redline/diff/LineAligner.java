package dev.redline.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs the lines of two lists (clauses, recitals, footnotes) in order: equal keys pair first, and
 * inside each changed stretch a line pairs with the most similar line after the last pair, when
 * they share enough words. Unpaired lines are insertions and deletions.
 */
final class LineAligner {
  /** Lines sharing at least this share of their words (Dice) are the same line, edited. */
  private static final double SIMILAR = 0.4;

  /** One step of the alignment: an old index, a new index, or both; -1 where absent. */
  record Step(int oldIndex, int newIndex) {}

  private LineAligner() {}

  static List<Step> align(List<String> oldKeys, List<String> newKeys) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys).getDeltas()) {
      int oldStart = delta.getSource().getPosition();
      int newStart = delta.getTarget().getPosition();
      while (i < oldStart) {
        steps.add(new Step(i++, j++));
      }
      int oldEnd = oldStart + delta.getSource().size();
      int newEnd = newStart + delta.getTarget().size();
      pairWithin(oldKeys, newKeys, oldStart, oldEnd, newStart, newEnd, steps);
      i = oldEnd;
      j = newEnd;
    }
    while (i < oldKeys.size()) {
      steps.add(new Step(i++, j++));
    }
    return steps;
  }

  private static void pairWithin(
      List<String> oldKeys, List<String> newKeys, int oldStart, int oldEnd, int newStart, int newEnd, List<Step> steps) {
    int nextNew = newStart;
    for (int a = oldStart; a < oldEnd; a++) {
      int best = -1;
      double bestScore = SIMILAR;
      for (int b = nextNew; b < newEnd; b++) {
        double s = similarity(oldKeys.get(a), newKeys.get(b));
        if (s >= bestScore) {
          bestScore = s;
          best = b;
          if (s == 1.0) {
            break;
          }
        }
      }
      if (best < 0) {
        steps.add(new Step(a, -1));
        continue;
      }
      for (int b = nextNew; b < best; b++) {
        steps.add(new Step(-1, b));
      }
      steps.add(new Step(a, best));
      nextNew = best + 1;
    }
    for (int b = nextNew; b < newEnd; b++) {
      steps.add(new Step(-1, b));
    }
  }

  static double similarity(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (String w : x) {
      if (y.contains(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (x.size() + y.size());
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String t : Tokens.of(text.toLowerCase(Locale.ROOT))) {
      if (Character.isLetterOrDigit(t.codePointAt(0))) {
        words.add(t);
      }
    }
    return words;
  }
}
