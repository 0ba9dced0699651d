package dev.trellis.core.buddy;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Improves a grouping by re-splitting two groups (swapping one or more people) while that lowers
 * the cost of both groups together and breaks no hard rule: each group that still costs something
 * (a recent repeat, a shared department or manager) tries the groups next to it and a few random
 * ones (all of them in a small cohort). Group sizes never change.
 */
final class SwapRepair {

  static final int ALL_GROUPS_BELOW = 200;
  private static final int NEIGHBOURS = 4;
  private static final int RANDOM_TRIES = 40;
  private static final int PASSES = 4;

  private SwapRepair() {}

  static void improve(RoundPool cohort, List<int[]> groups, SplittableRandom random) {
    int count = groups.size();
    if (count < 2) {
      return;
    }
    long[] cost = new long[count];
    for (int g = 0; g < count; g++) {
      cost[g] = cohort.groupCost(groups.get(g));
    }
    for (int pass = 0; pass < PASSES; pass++) {
      boolean improved = false;
      for (int g = 0; g < count; g++) {
        if (cost[g] <= 0) {
          continue;
        }
        if (count <= ALL_GROUPS_BELOW) {
          for (int h = 0; h < count && cost[g] > 0; h++) {
            improved |= h != g && trySwaps(cohort, groups, cost, g, h);
          }
        } else {
          for (int d = 1; d <= NEIGHBOURS && cost[g] > 0; d++) {
            improved |= trySwaps(cohort, groups, cost, g, (g + d) % count);
            improved |= cost[g] > 0 && trySwaps(cohort, groups, cost, g, (g - d + count) % count);
          }
          for (int t = 0; t < RANDOM_TRIES && cost[g] > 0; t++) {
            int h = random.nextInt(count);
            improved |= h != g && trySwaps(cohort, groups, cost, g, h);
          }
        }
      }
      if (!improved) {
        return;
      }
    }
  }

  /**
   * Re-splits the members of groups {@code g} and {@code h} into two groups of the same sizes, the
   * cheapest legal way, if that lowers their cost (a swap of one or more people each way).
   */
  private static boolean trySwaps(RoundPool cohort, List<int[]> groups, long[] cost, int g, int h) {
    int[] a = groups.get(g);
    int[] b = groups.get(h);
    int[] union = new int[a.length + b.length];
    System.arraycopy(a, 0, union, 0, a.length);
    System.arraycopy(b, 0, union, a.length, b.length);
    long[] best = {cost[g] + cost[h], -1, 0, 0};
    int[] newA = new int[a.length];
    int[] newB = new int[b.length];
    int[] bestA = new int[a.length];
    int[] bestB = new int[b.length];
    // the first member stays in the first group: every split is tried once
    int n = union.length;
    for (int mask = 0; mask < (1 << n); mask++) {
      if ((mask & 1) == 0 || Integer.bitCount(mask) != a.length) {
        continue;
      }
      int ia = 0;
      int ib = 0;
      for (int k = 0; k < n; k++) {
        if ((mask & (1 << k)) != 0) {
          newA[ia++] = union[k];
        } else {
          newB[ib++] = union[k];
        }
      }
      long costA = cohort.groupCost(newA);
      if (costA == RoundPool.FORBIDDEN || costA >= best[0]) {
        continue;
      }
      long costB = cohort.groupCost(newB);
      if (costB != RoundPool.FORBIDDEN && costA + costB < best[0]) {
        best[0] = costA + costB;
        best[1] = mask;
        best[2] = costA;
        best[3] = costB;
        System.arraycopy(newA, 0, bestA, 0, a.length);
        System.arraycopy(newB, 0, bestB, 0, b.length);
      }
    }
    if (best[1] < 0) {
      return false;
    }
    System.arraycopy(bestA, 0, a, 0, a.length);
    System.arraycopy(bestB, 0, b, 0, b.length);
    cost[g] = best[2];
    cost[h] = best[3];
    return true;
  }
}
