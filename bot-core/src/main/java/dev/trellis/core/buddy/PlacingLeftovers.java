package dev.trellis.core.buddy;

import java.util.ArrayList;
import java.util.List;

/**
 * The second half of {@link GreedyGrouping}: whoever is left when the groups are built forms a
 * group of their own, joins a group (the trio of an odd count), or takes someone's place in a group
 * that person can leave for another; the rest stay unplaced.
 */
final class PlacingLeftovers {

  private static final int RELOCATION_SEARCH = 500;

  private final RoundPool cohort;
  private final int size;
  private final List<int[]> groups;
  private final List<Integer> leftover;

  /** Works on {@code groups} and {@code leftover} in place. */
  PlacingLeftovers(RoundPool cohort, int size, List<int[]> groups, List<Integer> leftover) {
    this.cohort = cohort;
    this.size = size;
    this.groups = groups;
    this.leftover = leftover;
  }

  void run() {
    formGroupsAmongLeftovers(size);
    formGroupsAmongLeftovers(2);
    takePlacesOfPeopleWhoCanMove(true);
    joinGroupsAsExtras();
    takePlacesOfPeopleWhoCanMove(false);
  }

  /** Groups of up to the cohort's size, at least {@code minimum}, among the leftovers. */
  private void formGroupsAmongLeftovers(int minimum) {
    List<Integer> still = new ArrayList<>();
    boolean[] used = new boolean[leftover.size()];
    for (int i = 0; i < leftover.size(); i++) {
      if (used[i]) {
        continue;
      }
      int[] group = new int[size];
      int[] at = new int[size];
      group[0] = leftover.get(i);
      at[0] = i;
      int length = 1;
      while (length < size) {
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int j = i + 1; j < leftover.size(); j++) {
          if (used[j] || GreedyGrouping.contains(at, length, j)) {
            continue;
          }
          long cost = cohort.addingCost(group, length, leftover.get(j));
          if (cost != RoundPool.FORBIDDEN && cost < bestCost) {
            best = j;
            bestCost = cost;
          }
        }
        if (best < 0) {
          break;
        }
        group[length] = leftover.get(best);
        at[length++] = best;
      }
      if (length >= minimum) {
        for (int k = 0; k < length; k++) {
          used[at[k]] = true;
        }
        groups.add(java.util.Arrays.copyOf(group, length));
      } else {
        still.add(leftover.get(i));
      }
    }
    leftover.clear();
    leftover.addAll(still);
  }

  /** Each leftover joins the group of the cohort's size (or smaller) where they add least. */
  private void joinGroupsAsExtras() {
    List<Integer> still = new ArrayList<>();
    for (int x : leftover) {
      int best = -1;
      long bestCost = Long.MAX_VALUE;
      for (int g = 0; g < groups.size(); g++) {
        int[] group = groups.get(g);
        if (group.length > size) {
          continue;
        }
        long cost = cohort.addingCost(group, group.length, x);
        if (cost != RoundPool.FORBIDDEN && cost < bestCost) {
          best = g;
          bestCost = cost;
          if (cost == 0) {
            break;
          }
        }
      }
      if (best < 0) {
        still.add(x);
      } else {
        int[] group = groups.get(best);
        int[] larger = java.util.Arrays.copyOf(group, group.length + 1);
        larger[group.length] = x;
        groups.set(best, larger);
      }
    }
    leftover.clear();
    leftover.addAll(still);
  }

  /**
   * A leftover nobody could take takes the place of someone in a group who can join another group
   * (up to the cohort's size plus one): for a manager whose reports fill the remaining places.
   */
  private void takePlacesOfPeopleWhoCanMove(boolean onlyWhoCannotJoinAnyGroup) {
    List<Integer> waiting = new ArrayList<>(leftover);
    leftover.clear();
    while (!waiting.isEmpty()) {
      int x = waiting.remove(0);
      if ((onlyWhoCannotJoinAnyGroup && canJoinAGroup(x)) || !takeAPlace(x, waiting)) {
        leftover.add(x);
      }
    }
  }

  private boolean canJoinAGroup(int x) {
    for (int[] group : groups) {
      if (group.length <= size
          && cohort.addingCost(group, group.length, x) != RoundPool.FORBIDDEN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts {@code x} in someone's place; that person pairs with one of the {@code waiting} if they
   * can, or else joins another group.
   */
  private boolean takeAPlace(int x, List<Integer> waiting) {
    int limit = Math.min(groups.size(), RELOCATION_SEARCH);
    for (int g = 0; g < limit; g++) {
      int[] group = groups.get(g);
      for (int i = 0; i < group.length; i++) {
        int[] swapped = group.clone();
        int mover = swapped[i];
        swapped[i] = x;
        if (cohort.groupCost(swapped) == RoundPool.FORBIDDEN) {
          continue;
        }
        for (int w = 0; w < waiting.size(); w++) {
          int y = waiting.get(w);
          if (!cohort.forbidden(mover, y)) {
            groups.set(g, swapped);
            groups.add(new int[] {mover, y});
            waiting.remove(w);
            return true;
          }
        }
        for (int h = 0; h < limit; h++) {
          int[] other = groups.get(h);
          if (h == g
              || other.length > size
              || cohort.addingCost(other, other.length, mover) == RoundPool.FORBIDDEN) {
            continue;
          }
          int[] larger = java.util.Arrays.copyOf(other, other.length + 1);
          larger[other.length] = mover;
          groups.set(g, swapped);
          groups.set(h, larger);
          return true;
        }
      }
    }
    return false;
  }
}
