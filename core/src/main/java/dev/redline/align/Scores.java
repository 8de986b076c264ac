package dev.redline.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Similarity scores of the candidate pairs only: pairs that share a word pair or a title word that
 * is not common to very many articles. Every other pair scores 0 and is never looked at, so
 * aligning drafts of thousands of articles does not compare every article with every other.
 */
final class Scores {
  private final PairMap byPair = new PairMap();
  private final List<List<int[]>> byOld;
  private final List<List<int[]>> byNew;
  private final List<int[]> pairs = new ArrayList<>();

  Scores(int olds, int news) {
    byOld = new ArrayList<>(olds);
    for (int i = 0; i < olds; i++) {
      byOld.add(new ArrayList<>());
    }
    byNew = new ArrayList<>(news);
    for (int j = 0; j < news; j++) {
      byNew.add(new ArrayList<>());
    }
  }

  void put(int oldIndex, int newIndex, double score) {
    int[] pair = {oldIndex, newIndex};
    byPair.put(key(oldIndex, newIndex), score);
    byOld.get(oldIndex).add(pair);
    byNew.get(newIndex).add(pair);
    pairs.add(pair);
  }

  /** The pair's score, 0 where the pair is not a candidate. */
  double get(int oldIndex, int newIndex) {
    return byPair.get(key(oldIndex, newIndex));
  }

  /** Every candidate pair, as {old index, new index}. */
  List<int[]> pairs() {
    return pairs;
  }

  /** The new articles that are candidates for this old one. */
  List<Integer> candidatesOfOld(int oldIndex) {
    return byOld.get(oldIndex).stream().map(p -> p[1]).toList();
  }

  /** The old articles that are candidates for this new one. */
  List<Integer> candidatesOfNew(int newIndex) {
    return byNew.get(newIndex).stream().map(p -> p[0]).toList();
  }

  /** The new article scoring highest with this old one, or -1. */
  int closestToOld(int oldIndex) {
    return closest(byOld.get(oldIndex), 1);
  }

  /** The old article scoring highest with this new one, or -1. */
  int closestToNew(int newIndex) {
    return closest(byNew.get(newIndex), 0);
  }

  private int closest(List<int[]> candidates, int side) {
    int best = -1;
    double bestScore = 0;
    for (int[] p : candidates) {
      double s = get(p[0], p[1]);
      if (s > bestScore) {
        bestScore = s;
        best = p[side];
      }
    }
    return best;
  }

  private static long key(int oldIndex, int newIndex) {
    return ((long) oldIndex << 32) | (newIndex & 0xffffffffL);
  }

  /** Scores by pair key in one open-addressing table of primitives: no boxed keys or values. */
  private static final class PairMap {
    private static final long EMPTY = -1L;
    private long[] keys = newKeys(64);
    private double[] values = new double[64];
    private int size;

    private static long[] newKeys(int capacity) {
      long[] k = new long[capacity];
      java.util.Arrays.fill(k, EMPTY);
      return k;
    }

    void put(long key, double value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int slot = slot(keys, key);
      if (keys[slot] == EMPTY) {
        keys[slot] = key;
        size++;
      }
      values[slot] = value;
    }

    double get(long key) {
      int slot = slot(keys, key);
      return keys[slot] == EMPTY ? 0.0 : values[slot];
    }

    private static int slot(long[] keys, long key) {
      int mask = keys.length - 1;
      int slot = (int) (mix(key) & mask);
      while (keys[slot] != EMPTY && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static long mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return h ^ (h >>> 29);
    }

    private void grow() {
      long[] oldKeys = keys;
      double[] oldValues = values;
      keys = newKeys(oldKeys.length * 2);
      values = new double[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          int slot = slot(keys, oldKeys[i]);
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }
  }
}
