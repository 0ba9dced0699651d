package dev.trellis.core.buddy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For small cohorts: tries every way to split everyone into groups of the planned sizes and keeps
 * the cheapest legal one (branch and bound; the first found in the seeded order wins a tie), so a
 * fresh grouping is found whenever one exists and an unavoidable repeat is the one met longest ago.
 */
final class ExactGrouping {

  /** Twelve people in pairs are 10,395 groupings: still instant. */
  static final int MAX_PEOPLE = 12;

  private final RoundPool cohort;
  private final int[] order;
  private final int[] sizesLeft = new int[PairingRound.MAX_GROUP_SIZE + 2];
  private final boolean[] placed;
  private final List<int[]> current = new ArrayList<>();
  private List<int[]> best;
  private long bestCost = Long.MAX_VALUE;

  private ExactGrouping(RoundPool cohort, int[] order, int[] sizes) {
    this.cohort = cohort;
    this.order = order;
    this.placed = new boolean[cohort.size];
    for (int s : sizes) {
      sizesLeft[s]++;
    }
  }

  /** The cheapest legal grouping of everyone, or empty when every grouping breaks a hard rule. */
  static Optional<List<int[]>> of(RoundPool cohort, int[] order, int[] sizes) {
    if (cohort.size > MAX_PEOPLE) {
      throw new IllegalArgumentException("Too many people for an exhaustive search");
    }
    ExactGrouping search = new ExactGrouping(cohort, order, sizes);
    search.placeNext(0);
    return Optional.ofNullable(search.best);
  }

  private void placeNext(long cost) {
    int first = -1;
    for (int p : order) {
      if (!placed[p]) {
        first = p;
        break;
      }
    }
    if (first < 0) {
      if (cost < bestCost) {
        bestCost = cost;
        best = List.copyOf(current.stream().map(int[]::clone).toList());
      }
      return;
    }
    placed[first] = true;
    for (int size = 2; size < sizesLeft.length; size++) {
      if (sizesLeft[size] > 0) {
        sizesLeft[size]--;
        int[] group = new int[size];
        group[0] = first;
        fill(group, 1, 0, cost);
        sizesLeft[size]++;
      }
    }
    placed[first] = false;
  }

  private void fill(int[] group, int length, int from, long cost) {
    if (cost >= bestCost) {
      return;
    }
    if (length == group.length) {
      current.add(group.clone());
      placeNext(cost);
      current.remove(current.size() - 1);
      return;
    }
    for (int k = from; k < order.length; k++) {
      int p = order[k];
      if (placed[p]) {
        continue;
      }
      long added = cohort.addingCost(group, length, p);
      if (added == RoundPool.FORBIDDEN) {
        continue;
      }
      placed[p] = true;
      group[length] = p;
      fill(group, length + 1, k + 1, cost + added);
      placed[p] = false;
    }
  }
}
