package dev.trellis.core.buddy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks for a grouping of everyone in which no two members met within the no-repeat window (nor
 * break a hard rule), for when the greedy pass and its repairs still left a repeat in a mid-sized
 * cohort whose history allows few pairs. A bounded backtracking search: it always continues with
 * the person who has the fewest possible partners left, and gives up after {@link #NODE_BUDGET}
 * steps, so a history where no fresh grouping exists costs little.
 */
final class FreshGrouping {

  /** Beyond this, greedy grouping with repairs finds fresh groups or none exist to find. */
  static final int MAX_PEOPLE = 200;

  static final int NODE_BUDGET = 200_000;

  private final RoundPool pool;
  private final int[][] partners;
  private final int[] partnersLeft;
  private final boolean[] placed;
  private final int[] sizesLeft = new int[PairingRound.MAX_GROUP_SIZE + 2];
  private final List<int[]> groups = new ArrayList<>();
  private int placedCount;
  private long nodes;

  private FreshGrouping(RoundPool pool, int[] order, int[] sizes) {
    this.pool = pool;
    int n = pool.size;
    this.placed = new boolean[n];
    this.partnersLeft = new int[n];
    this.partners = new int[n][];
    for (int a = 0; a < n; a++) {
      List<Integer> allowed = new ArrayList<>();
      for (int b : order) {
        if (b != a && allowed(a, b)) {
          allowed.add(b);
        }
      }
      partners[a] = allowed.stream().mapToInt(Integer::intValue).toArray();
      partnersLeft[a] = partners[a].length;
    }
    for (int s : sizes) {
      sizesLeft[s]++;
    }
  }

  /** A grouping of everyone in the planned sizes without a recent pair, when one is found. */
  static Optional<List<int[]>> find(RoundPool pool, int[] order, int[] sizes) {
    if (pool.size > MAX_PEOPLE || pool.size < 2) {
      return Optional.empty();
    }
    FreshGrouping search = new FreshGrouping(pool, order, sizes);
    return search.placeNext() ? Optional.of(List.copyOf(search.groups)) : Optional.empty();
  }

  private boolean allowed(int a, int b) {
    return !pool.forbidden(a, b) && !pool.isRecent(a, b);
  }

  private boolean placeNext() {
    if (placedCount == pool.size) {
      return true;
    }
    if (++nodes > NODE_BUDGET) {
      return false;
    }
    int first = mostConstrained();
    for (int size = PairingRound.MAX_GROUP_SIZE + 1; size >= 2; size--) {
      if (sizesLeft[size] == 0 || partnersLeft[first] < size - 1) {
        continue;
      }
      sizesLeft[size]--;
      int[] group = new int[size];
      group[0] = first;
      place(first);
      boolean done = fill(group, 1, 0);
      unplace(first);
      sizesLeft[size]++;
      if (done || nodes > NODE_BUDGET) {
        return done;
      }
    }
    return false;
  }

  /** Adds members from {@code first}'s partners at index {@code from} on, in order. */
  private boolean fill(int[] group, int length, int from) {
    if (length == group.length) {
      groups.add(group.clone());
      if (placeNext()) {
        return true;
      }
      groups.remove(groups.size() - 1);
      return false;
    }
    int[] candidates = partners[group[0]];
    for (int k = from; k < candidates.length; k++) {
      int p = candidates[k];
      if (placed[p] || !allowedWithAll(group, length, p)) {
        continue;
      }
      group[length] = p;
      place(p);
      boolean done = fill(group, length + 1, k + 1);
      unplace(p);
      if (done || ++nodes > NODE_BUDGET) {
        return done;
      }
    }
    return false;
  }

  private boolean allowedWithAll(int[] group, int length, int p) {
    for (int i = 1; i < length; i++) {
      if (!allowed(group[i], p)) {
        return false;
      }
    }
    return true;
  }

  private int mostConstrained() {
    int best = -1;
    for (int p = 0; p < pool.size; p++) {
      if (!placed[p] && (best < 0 || partnersLeft[p] < partnersLeft[best])) {
        best = p;
      }
    }
    return best;
  }

  private void place(int p) {
    placed[p] = true;
    placedCount++;
    for (int q : partners[p]) {
      partnersLeft[q]--;
    }
  }

  private void unplace(int p) {
    placed[p] = false;
    placedCount--;
    for (int q : partners[p]) {
      partnersLeft[q]++;
    }
  }
}
