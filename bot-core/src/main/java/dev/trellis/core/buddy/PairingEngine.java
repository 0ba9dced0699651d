package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Pairs one round of a cohort (issue 6): groups of the cohort's size with one larger group when the
 * count does not divide; nobody grouped again with someone from the last {@code K} rounds while any
 * other grouping exists, and then the people who met longest ago; different departments preferred,
 * then different managers; never a manager with their own report, never someone on a "not with"
 * list; paused, opted-out, guest and unreachable members left out with the reason, as is anyone no
 * group can take. Pure and deterministic: the same round and seed give the same result, whatever
 * the order of the candidates.
 *
 * <p>Up to {@value ExactGrouping#MAX_PEOPLE} available people are grouped by exhaustive search;
 * larger cohorts by a greedy pass over a seeded shuffle ({@link GreedyGrouping}) and swaps between
 * groups ({@link SwapRepair}), linear in the cohort with O(1) look-ups of past pairs; when that
 * still leaves a recent pair in a cohort of up to {@value FreshGrouping#MAX_PEOPLE}, a bounded
 * search ({@link FreshGrouping}) looks for a fresh grouping the greedy pass missed.
 */
public final class PairingEngine {

  /**
   * A cohort too large for the exhaustive search is grouped several times over other shuffles while
   * the work stays near this many people in all (one attempt for 50,000), keeping the cheapest.
   */
  private static final int ATTEMPT_BUDGET = 20_000;

  private static final int MAX_ATTEMPTS = 64;

  static final String TIMER = "trellis.pairing";

  /** Pairs a round, timed as {@code trellis.pairing}. */
  public PairingResult pair(PairingRound round) {
    Objects.requireNonNull(round, "round");
    return Metrics.timer(TIMER).record(() -> pairTimed(round));
  }

  private PairingResult pairTimed(PairingRound round) {
    List<BuddyCandidate> inIdOrder = new ArrayList<>(round.candidates());
    inIdOrder.sort(Comparator.comparing(c -> c.personId().value()));
    List<BuddyCandidate> available = new ArrayList<>(inIdOrder.size());
    List<LeftOut> leftOut = new ArrayList<>();
    for (BuddyCandidate c : inIdOrder) {
      Availability a = c.availability();
      if (a.canTakePart()) {
        available.add(c);
      } else {
        leftOut.add(new LeftOut(c.personId(), a.reason(), a.why()));
      }
    }
    RoundPool cohort = new RoundPool(available, round.history(), round.noRepeatWindow());
    SplittableRandom random = new SplittableRandom(round.seed());
    int[] order = shuffled(cohort.size, random);

    List<int[]> groups;
    List<Integer> unplaced = List.of();
    Optional<List<int[]>> exact =
        cohort.size >= 2 && cohort.size <= ExactGrouping.MAX_PEOPLE
            ? ExactGrouping.of(cohort, order, GroupSizes.plan(cohort.size, round.groupSize()))
            : Optional.empty();
    if (exact.isPresent()) {
      groups = new ArrayList<>(exact.get());
    } else {
      GreedyGrouping best = null;
      long bestCost = Long.MAX_VALUE;
      int attempts = Math.max(1, Math.min(MAX_ATTEMPTS, ATTEMPT_BUDGET / Math.max(1, cohort.size)));
      for (int attempt = 0; attempt < attempts && bestCost != 0; attempt++) {
        int[] attemptOrder = attempt == 0 ? order : shuffled(cohort.size, random);
        GreedyGrouping greedy = new GreedyGrouping(cohort, round.groupSize(), attemptOrder).run();
        SwapRepair.improve(cohort, greedy.groups(), random);
        long cost = totalCost(cohort, greedy);
        if (best == null || cost < bestCost) {
          best = greedy;
          bestCost = cost;
        }
      }
      groups = best.groups();
      unplaced = best.unplaced();
      if (!unplaced.isEmpty() || hasRecentPair(cohort, groups)) {
        Optional<List<int[]>> fresh =
            FreshGrouping.find(cohort, order, GroupSizes.plan(cohort.size, round.groupSize()));
        if (fresh.isPresent()) {
          groups = new ArrayList<>(fresh.get());
          unplaced = List.of();
          SwapRepair.improve(cohort, groups, random);
        }
      }
    }

    List<BuddyGroup> result = new ArrayList<>(groups.size());
    for (int[] g : groups) {
      result.add(buddyGroup(cohort, g));
    }
    result.sort(Comparator.comparing(g -> g.members().get(0).value()));
    for (int x : unplaced) {
      leftOut.add(nobodyFor(cohort, groups, x));
    }
    leftOut.sort(Comparator.comparing(l -> l.personId().value()));
    return new PairingResult(cohort.roundNumber, result, leftOut);
  }

  /**
   * Leaving someone out costs more than any grouping of the rest; then the groups' costs. Saturates
   * rather than overflows in huge cohorts.
   */
  private static long totalCost(RoundPool cohort, GreedyGrouping grouping) {
    long cost = (long) grouping.unplaced().size() * (Long.MAX_VALUE / (cohort.size + 1));
    for (int[] g : grouping.groups()) {
      cost = Math.min(Long.MAX_VALUE / 2, cost + cohort.groupCost(g));
    }
    return cost;
  }

  private static boolean hasRecentPair(RoundPool cohort, List<int[]> groups) {
    for (int[] g : groups) {
      for (int i = 0; i < g.length; i++) {
        for (int j = i + 1; j < g.length; j++) {
          if (cohort.isRecent(g[i], g[j])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static BuddyGroup buddyGroup(RoundPool cohort, int[] group) {
    int[] members = group.clone();
    java.util.Arrays.sort(members); // indexes are in id order
    boolean acrossDepartments = true;
    boolean acrossManagers = true;
    int lastMet = Integer.MAX_VALUE;
    for (int i = 0; i < members.length; i++) {
      for (int j = i + 1; j < members.length; j++) {
        acrossDepartments &= !cohort.sameDepartment(members[i], members[j]);
        acrossManagers &= !cohort.sameManager(members[i], members[j]);
        int ago = cohort.roundsSinceMet(members[i], members[j]);
        if (ago > 0) {
          lastMet = Math.min(lastMet, ago);
        }
      }
    }
    List<PersonId> ids = new ArrayList<>(members.length);
    List<String> departments = new ArrayList<>();
    for (int m : members) {
      ids.add(cohort.ids[m]);
      cohort.candidates[m].department().ifPresent(departments::add);
    }
    return new BuddyGroup(
        ids,
        new WhyThisGroup(
            acrossDepartments,
            acrossManagers,
            departments,
            lastMet == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lastMet),
            cohort.window));
  }

  private static LeftOut nobodyFor(RoundPool cohort, List<int[]> groups, int x) {
    PersonId id = cohort.ids[x];
    if (cohort.size == 1) {
      return new LeftOut(
          id, LeftOut.Reason.ONLY_ONE_LEFT, "no partner possible: only one person left");
    }
    for (int[] g : groups) {
      if (cohort.addingCost(g, g.length, x) != RoundPool.FORBIDDEN) {
        return new LeftOut(
            id,
            LeftOut.Reason.ONLY_ONE_LEFT,
            "no partner possible: only one person left and every group was full");
      }
    }
    return new LeftOut(
        id,
        LeftOut.Reason.NO_ALLOWED_PARTNER,
        "no partner possible: everyone left to pair with is their manager, their report"
            + " or on a \"not with\" list");
  }
}
