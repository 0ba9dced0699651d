package dev.trellis.core.buddy;

/**
 * The last round in which each two people were grouped, keyed by the pair of their indexes packed
 * into a long: an open-addressing table of primitives, O(1) per look-up, a few bytes per pair.
 */
final class PairHistory {

  static final int NEVER = -1;
  private static final long EMPTY = -1L;

  private final long[] keys;
  private final int[] rounds;
  private final int mask;
  private final int shift;

  PairHistory(int expectedPairs) {
    int capacity = Integer.highestOneBit(Math.max(8, expectedPairs) * 2 - 1) * 2;
    keys = new long[capacity];
    rounds = new int[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  void record(int a, int b, int round) {
    long key = key(a, b);
    int slot = slot(key);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      rounds[slot] = round;
    } else {
      rounds[slot] = Math.max(rounds[slot], round);
    }
  }

  /** The last round {@code a} and {@code b} were grouped in, or {@link #NEVER}. */
  int lastMet(int a, int b) {
    long key = key(a, b);
    int slot = slot(key);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return rounds[slot];
      }
      slot = (slot + 1) & mask;
    }
    return NEVER;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & mask;
  }

  private static long key(int a, int b) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    return ((long) low << 32) | high;
  }
}
