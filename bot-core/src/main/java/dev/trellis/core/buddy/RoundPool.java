package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The available members of a round as indexes 0..n-1 (in id order), with departments and managers
 * as ints, "not with" lists both ways, and the pair history: what the grouping steps read, and the
 * cost of a group.
 *
 * <p>Costs order the rules: a pair grouped within the no-repeat window costs far more than any
 * number of same-department pairs in a group, and more the more recently they met; a
 * same-department pair costs more than a same-manager pair. A manager with their own report, or
 * someone on a "not with" list, is {@link #FORBIDDEN}.
 */
final class RoundPool {

  static final long FORBIDDEN = -1;
  static final long REPEAT = 1_000_000L;
  static final long SAME_DEPARTMENT = 1_000L;
  static final long SAME_MANAGER = 10L;

  private static final int NONE = -1;
  private static final int[] NOBODY = new int[0];

  final int size;
  final PersonId[] ids;
  final BuddyCandidate[] candidates;
  final int[] department;
  final int departments;
  final int[] manager;
  private final int[][] notWith;
  private final PairHistory history;
  final int roundNumber;
  final int window;

  RoundPool(List<BuddyCandidate> availableInIdOrder, List<PastRound> pastRounds, int window) {
    this.size = availableInIdOrder.size();
    this.window = window;
    this.candidates = availableInIdOrder.toArray(new BuddyCandidate[0]);
    this.ids = new PersonId[size];
    Map<PersonId, Integer> index = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      ids[i] = candidates[i].personId();
      index.put(ids[i], i);
    }
    this.department = new int[size];
    this.manager = new int[size];
    Map<String, Integer> departmentIds = new HashMap<>();
    Map<PersonId, Integer> managerIds = new HashMap<>(index);
    for (int i = 0; i < size; i++) {
      BuddyCandidate c = candidates[i];
      department[i] =
          c.department()
              .map(d -> departmentIds.computeIfAbsent(d, k -> departmentIds.size()))
              .orElse(NONE);
      manager[i] =
          c.managerId()
              .map(m -> managerIds.computeIfAbsent(m, k -> managerIds.size()))
              .orElse(NONE);
    }
    this.departments = departmentIds.size();
    this.notWith = notWithBothWays(index);
    this.roundNumber = pastRounds.stream().mapToInt(PastRound::number).max().orElse(0) + 1;
    this.history = history(pastRounds, index);
  }

  private int[][] notWithBothWays(Map<PersonId, Integer> index) {
    Map<Integer, List<Integer>> lists = new HashMap<>();
    for (int a = 0; a < size; a++) {
      for (PersonId other : candidates[a].notWith()) {
        Integer b = index.get(other);
        if (b != null && b != a) {
          lists.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
          lists.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
      }
    }
    int[][] result = new int[size][];
    Arrays.fill(result, NOBODY);
    lists.forEach(
        (a, bs) ->
            result[a] = bs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
    return result;
  }

  private static PairHistory history(List<PastRound> pastRounds, Map<PersonId, Integer> index) {
    long pairs = 0;
    for (PastRound round : pastRounds) {
      for (List<PersonId> group : round.groups()) {
        pairs += (long) group.size() * (group.size() - 1) / 2;
      }
    }
    PairHistory history = new PairHistory((int) Math.min(pairs, 1 << 28));
    int[] members = new int[8];
    for (PastRound round : pastRounds) {
      for (List<PersonId> group : round.groups()) {
        if (members.length < group.size()) {
          members = new int[group.size()];
        }
        int known = 0;
        for (PersonId id : group) {
          Integer i = index.get(id);
          if (i != null) {
            members[known++] = i;
          }
        }
        for (int x = 0; x < known; x++) {
          for (int y = x + 1; y < known; y++) {
            if (members[x] != members[y]) {
              history.record(members[x], members[y], round.number());
            }
          }
        }
      }
    }
    return history;
  }

  /** A manager with their own report, or one on the other's "not with" list. */
  boolean forbidden(int a, int b) {
    return manager[a] == b || manager[b] == a || Arrays.binarySearch(notWith[a], b) >= 0;
  }

  /** How many rounds ago {@code a} and {@code b} were last grouped; 0 when never. */
  int roundsSinceMet(int a, int b) {
    int last = history.lastMet(a, b);
    return last == PairHistory.NEVER ? 0 : roundNumber - last;
  }

  long pairCost(int a, int b) {
    if (forbidden(a, b)) {
      return FORBIDDEN;
    }
    long cost = 0;
    int ago = roundsSinceMet(a, b);
    if (ago > 0 && ago <= window) {
      cost += REPEAT * (window + 2 - ago);
    }
    if (department[a] != NONE && department[a] == department[b]) {
      cost += SAME_DEPARTMENT;
    }
    if (manager[a] != NONE && manager[a] == manager[b]) {
      cost += SAME_MANAGER;
    }
    return cost;
  }

  /** The cost {@code x} adds to the first {@code length} members, or {@link #FORBIDDEN}. */
  long addingCost(int[] members, int length, int x) {
    long cost = 0;
    for (int i = 0; i < length; i++) {
      long c = pairCost(members[i], x);
      if (c == FORBIDDEN) {
        return FORBIDDEN;
      }
      cost += c;
    }
    return cost;
  }

  long groupCost(int[] members) {
    long cost = 0;
    for (int i = 1; i < members.length; i++) {
      long c = addingCost(members, i, members[i]);
      if (c == FORBIDDEN) {
        return FORBIDDEN;
      }
      cost += c;
    }
    return cost;
  }

  boolean isRecent(int a, int b) {
    int ago = roundsSinceMet(a, b);
    return ago > 0 && ago <= window;
  }

  boolean sameDepartment(int a, int b) {
    return department[a] != NONE && department[a] == department[b];
  }

  boolean sameManager(int a, int b) {
    return manager[a] != NONE && manager[a] == manager[b];
  }
}
