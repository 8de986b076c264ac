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
}
