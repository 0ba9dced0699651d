package dev.trellis.core.buddy;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Improves a grouping by swapping two people between groups while that lowers the cost of both
 * groups together and breaks no hard rule: each group that still costs something (a recent repeat,
 * a shared department or manager) tries the groups next to it and a few random ones (all of them in
 * a small cohort). Group sizes never change.
 */
final class SwapRepair {

  static final int ALL_GROUPS_BELOW = 200;
  private static final int NEIGHBOURS = 4;
  private static final int RANDOM_TRIES = 40;
  private static final int PASSES = 4;

  private SwapRepair() {}

  static void improve(Cohort cohort, List<int[]> groups, SplittableRandom random) {
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

  /** Makes the best swap between groups {@code g} and {@code h} if it lowers their cost. */
  private static boolean trySwaps(Cohort cohort, List<int[]> groups, long[] cost, int g, int h) {
    int[] a = groups.get(g);
    int[] b = groups.get(h);
    long before = cost[g] + cost[h];
    long bestTotal = before;
    int bestI = -1;
    int bestJ = -1;
    long bestA = 0;
    long bestB = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        int[] newA = a.clone();
        int[] newB = b.clone();
        newA[i] = b[j];
        newB[j] = a[i];
        long costA = cohort.groupCost(newA);
        if (costA == Cohort.FORBIDDEN || costA >= bestTotal) {
          continue;
        }
        long costB = cohort.groupCost(newB);
        if (costB != Cohort.FORBIDDEN && costA + costB < bestTotal) {
          bestTotal = costA + costB;
          bestI = i;
          bestJ = j;
          bestA = costA;
          bestB = costB;
        }
      }
    }
    if (bestI < 0) {
      return false;
    }
    int moved = a[bestI];
    a[bestI] = b[bestJ];
    b[bestJ] = moved;
    cost[g] = bestA;
    cost[h] = bestB;
    return true;
  }
}
