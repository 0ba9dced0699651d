package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which meetup each person is in: per cohort, the group of its latest round (none when they were
 * left out), and their recent meetups across cohorts. Looked up by person, so a command never reads
 * a whole round.
 */
public interface BuddyAssignments {

  /** A person's place in a new round: their meetup, or none when they were left out. */
  record Assignment(PersonId personId, Optional<MeetupId> meetup) {}

  /** A person's meetup in the latest round of a cohort, and when that round started. */
  record Current(MeetupId meetup, Instant roundStartedAt) {}

  /** Records a cohort's new round for each person of it. */
  void assign(
      OrgId orgId, CohortId cohortId, int round, Instant startedAt, List<Assignment> assignments);

  /**
   * The person's meetup in the latest round of each cohort where they were grouped in it, the
   * newest round first.
   */
  List<Current> current(OrgId orgId, PersonId personId);

  /** The person's meetups, newest first, at most {@code max}. */
  List<MeetupId> recent(OrgId orgId, PersonId personId, int max);

  /** Erasure: the person's assignment is gone; others' recent buddies name the anonymous id. */
  void eraseOf(Erasure erasure);
}
