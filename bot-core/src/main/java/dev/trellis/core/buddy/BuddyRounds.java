package dev.trellis.core.buddy;

import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** The rounds each cohort has had. Every method is scoped to one org. */
public interface BuddyRounds {

  /**
   * Stores a new round, not yet marked started: until {@link #markStarted} it is listed as a round
   * whose start is to be finished.
   *
   * @return false when the cohort already has a round with its number (nothing is stored)
   */
  boolean add(BuddyRound round);

  /** Records that everything the round's start writes (groups, assignments, messages) is stored. */
  void markStarted(OrgId orgId, CohortId cohortId, int number);

  Optional<BuddyRound> find(OrgId orgId, CohortId cohortId, int number);

  /** Every round of the cohort, oldest first. */
  List<BuddyRound> list(OrgId orgId, CohortId cohortId);

  /**
   * A round without its groups and left-out list: where it stands in its cycle; {@code
   * startFinished} is false while its start may have been cut short.
   */
  record Summary(
      int number,
      boolean startFinished,
      Instant startedAt,
      int groups,
      Optional<Instant> nudgedAt,
      Optional<Instant> endedAt,
      Optional<RoundFigures> figures) {

    /** The meetups of the round's groups. */
    public List<MeetupId> meetups(OrgId orgId, CohortId cohortId) {
      return IntStream.range(0, groups)
          .mapToObj(g -> new MeetupId(orgId, cohortId, number, g))
          .toList();
    }
  }

  /** The cohort's rounds, oldest first, read without their groups. */
  List<Summary> summaries(OrgId orgId, CohortId cohortId);

  /** The steps of a round after its start, each taken once. */
  enum Step {
    NUDGED,
    ENDED
  }

  /**
   * Records that a step of the round was taken, once: false when it already was (by another
   * instance, or an earlier run).
   */
  boolean mark(OrgId orgId, CohortId cohortId, int number, Step step, Instant at);

  /** Records the round's figures, once: false when they already were. */
  boolean recordFigures(OrgId orgId, CohortId cohortId, int number, RoundFigures figures);

  /** A round as analytics dates it: its cohort, number and start. */
  record Started(CohortId cohortId, int number, Instant startedAt) {}

  /** Each round of the org started from {@code from} (included) to {@code to}. */
  void eachStartedBetween(OrgId orgId, Instant from, Instant to, Consumer<Started> each);

  /** Erasure: the groups and figures of rounds keep the person as the anonymous id. */
  void eraseOf(Erasure erasure);
}
