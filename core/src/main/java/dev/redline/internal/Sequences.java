package dev.redline.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Algorithms over sequences. Stateless and thread-safe. */
public final class Sequences {
  private Sequences() {}

  /**
   * The positions of a longest strictly increasing run in the values (patience sorting,
   * O(n log n)): for pairs of positions sorted by their old index, the pairs that keep their order
   * in the new draft.
   *
   * @param values the values, in order
   * @return the positions (indices into {@code values}) of one longest increasing run, ascending
   */
  public static List<Integer> longestIncreasingRun(int[] values) {
    int n = values.length;
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (values[tails[mid]] < values[k]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      if (lo == length) {
        length++;
      }
    }
    List<Integer> run = new ArrayList<>(length);
    for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = previous[k]) {
      run.add(k);
    }
    Collections.reverse(run);
    return run;
  }

  /** What {@link #sumShared} adds for one value both arrays hold: at index {@code i} of the first, {@code j} of the second. */
  @FunctionalInterface
  public interface SharedTerm {
    double at(int i, int j);
  }

  /**
   * The sum of {@code term} over the values that two ascending arrays of distinct values share: a
   * merge of the two, linear in their lengths.
   */
  public static double sumShared(int[] a, int[] b, SharedTerm term) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        sum += term.at(i++, j++);
      }
    }
    return sum;
  }
}
