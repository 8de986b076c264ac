package dev.redline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequencesTest {
  @Test
  void findsALongestIncreasingRun() {
    // An article moved from the end to the front: everything else keeps its order.
    assertEquals(List.of(1, 2, 3, 4), Sequences.longestIncreasingRun(new int[] {9, 1, 2, 3, 4}));
    assertEquals(List.of(0, 1, 3), Sequences.longestIncreasingRun(new int[] {1, 2, 0, 3}));
    assertEquals(List.of(), Sequences.longestIncreasingRun(new int[] {}));
    assertEquals(1, Sequences.longestIncreasingRun(new int[] {5, 4, 3}).size());
  }
}
