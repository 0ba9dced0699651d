package dev.trellis.core.buddy;

import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Optional;

/** The rounds each cohort has had. Every method is scoped to one org. */
public interface BuddyRounds {

  /**
   * Stores a new round.
   *
   * @return false when the cohort already has a round with its number (nothing is stored)
   */
  boolean add(BuddyRound round);

  Optional<BuddyRound> find(OrgId orgId, CohortId cohortId, int number);

  /** Every round of the cohort, oldest first. */
  List<BuddyRound> list(OrgId orgId, CohortId cohortId);
}
