package dev.trellis.core.buddy;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * For cohorts of any size, in about O(n log d): everyone in a seeded random order, bucketed by
 * department. Each group starts with the next person of the department with the most people still
 * unplaced (so a large department is spread over the others instead of piling up at the end), and
 * is filled from the first {@value #WINDOW} unplaced people in the random order with the cheapest
 * (see {@link RoundPool}): a person from another department whom nobody in the group met recently
 * costs nothing and ends the search at once. Whoever is left when the groups are built joins a
 * group (the trio of an odd count), forms a smaller group, or takes someone's place in a group that
 * person can leave for another ({@link PlacingLeftovers}); the rest are returned as unplaced.
 */
final class GreedyGrouping {

  static final int WINDOW = 48;
  private static final int END = -1;

  private final RoundPool cohort;
  private final int size;
  private final int[] next;
  private final int[] previous;
  private int head;
  private int unplacedInList;
  private final int[] bucketOf;
  private final int[][] bucketMembers;
  private final int[] bucketCursor;
  private final int[] bucketLeft;
  private final boolean[] inList;
  private final List<int[]> groups = new ArrayList<>();
  private final List<Integer> leftover = new ArrayList<>();

  GreedyGrouping(RoundPool cohort, int size, int[] order) {
    this.cohort = cohort;
    this.size = size;
    int n = cohort.size;
    next = new int[n];
    previous = new int[n];
    inList = new boolean[n];
    head = n == 0 ? END : order[0];
    for (int k = 0; k < n; k++) {
      int p = order[k];
      previous[p] = k == 0 ? END : order[k - 1];
      next[p] = k == n - 1 ? END : order[k + 1];
      inList[p] = true;
    }
    unplacedInList = n;
    // one bucket per department in order of first appearance, and one for people without one
    int[] bucketIdOfDepartment = new int[cohort.departments + 1];
    java.util.Arrays.fill(bucketIdOfDepartment, -1);
    bucketOf = new int[n];
    int buckets = 0;
    int[] counts = new int[cohort.departments + 1];
    for (int p : order) {
      int d = cohort.department[p] < 0 ? cohort.departments : cohort.department[p];
      if (bucketIdOfDepartment[d] < 0) {
        bucketIdOfDepartment[d] = buckets++;
      }
      bucketOf[p] = bucketIdOfDepartment[d];
      counts[bucketOf[p]]++;
    }
    bucketMembers = new int[buckets][];
    for (int b = 0; b < buckets; b++) {
      bucketMembers[b] = new int[counts[b]];
    }
    int[] filled = new int[buckets];
    for (int p : order) {
      bucketMembers[bucketOf[p]][filled[bucketOf[p]]++] = p;
    }
    bucketCursor = new int[buckets];
    bucketLeft = filled;
  }

  List<int[]> groups() {
    return groups;
  }

  /** People this grouping could not place with anyone. */
  List<Integer> unplaced() {
    return leftover;
  }

  GreedyGrouping run() {
    buildGroups();
    new PlacingLeftovers(cohort, size, groups, leftover).run();
    return this;
  }

  private void buildGroups() {
    PriorityQueue<Long> largestFirst = new PriorityQueue<>(java.util.Comparator.reverseOrder());
    for (int b = 0; b < bucketMembers.length; b++) {
      largestFirst.add(bucketKey(b, bucketLeft[b]));
    }
    int[] group = new int[size];
    while (unplacedInList >= size && !largestFirst.isEmpty()) {
      long top = largestFirst.poll();
      int b = Integer.MAX_VALUE - (int) (top & 0xFFFFFFFFL);
      int left = (int) (top >>> 32);
      if (left != bucketLeft[b]) {
        if (bucketLeft[b] > 0) {
          largestFirst.add(bucketKey(b, bucketLeft[b]));
        }
        continue;
      }
      int first = nextOfBucket(b);
      remove(first);
      group[0] = first;
      if (fillFromList(group)) {
        for (int i = 1; i < size; i++) {
          remove(group[i]);
        }
        groups.add(group.clone());
      } else {
        leftover.add(first);
      }
      if (bucketLeft[b] > 0) {
        largestFirst.add(bucketKey(b, bucketLeft[b]));
      }
    }
    for (int p = head; p != END; p = next[p]) {
      leftover.add(p);
    }
  }

  private static long bucketKey(int bucket, int left) {
    return ((long) left << 32) | (Integer.MAX_VALUE - bucket);
  }

  private int nextOfBucket(int b) {
    int[] members = bucketMembers[b];
    while (!inList[members[bucketCursor[b]]]) {
      bucketCursor[b]++;
    }
    return members[bucketCursor[b]];
  }

  /** Fills {@code group[1..]} from the list, cheapest first; false when no legal member is left. */
  private boolean fillFromList(int[] group) {
    for (int length = 1; length < size; length++) {
      int best = END;
      long bestCost = Long.MAX_VALUE;
      int scanned = 0;
      for (int p = head; p != END; p = next[p]) {
        if (contains(group, length, p)) {
          continue;
        }
        long cost = cohort.addingCost(group, length, p);
        if (cost != RoundPool.FORBIDDEN && cost < bestCost) {
          best = p;
          bestCost = cost;
          if (cost == 0) {
            break;
          }
        }
        if (++scanned >= WINDOW && best != END) {
          break;
        }
      }
      if (best == END) {
        return false;
      }
      group[length] = best;
    }
    return true;
  }

  static boolean contains(int[] group, int length, int p) {
    for (int i = 0; i < length; i++) {
      if (group[i] == p) {
        return true;
      }
    }
    return false;
  }

  private void remove(int p) {
    if (previous[p] == END) {
      head = next[p];
    } else {
      next[previous[p]] = next[p];
    }
    if (next[p] != END) {
      previous[next[p]] = previous[p];
    }
    inList[p] = false;
    unplacedInList--;
    bucketLeft[bucketOf[p]]--;
  }
}
