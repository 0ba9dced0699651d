package dev.trellis.core.buddy;

import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Set;

/**
 * The person leaves their cohorts; the groups of past rounds and the meetups they were part of stay
 * counted with the anonymous id in their place (their buddies' records stay whole), without the
 * person's private notes.
 */
final class BuddyErasure implements PersonalErasure {

  private final Cohorts cohorts;
  private final BuddyRounds rounds;
  private final Meetups meetups;
  private final BuddyAssignments assignments;

  BuddyErasure(Cohorts cohorts, BuddyRounds rounds, Meetups meetups, BuddyAssignments assignments) {
    this.cohorts = cohorts;
    this.rounds = rounds;
    this.meetups = meetups;
    this.assignments = assignments;
  }

  @Override
  public Set<String> collections() {
    return Set.of("cohorts", "cohort_members", "buddy_rounds", "buddy_meetups", "buddy_people");
  }

  @Override
  public void erase(Erasure erasure) {
    cohorts.eraseOf(erasure);
    rounds.eraseOf(erasure);
    meetups.eraseOf(erasure);
    assignments.eraseOf(erasure);
  }

  @Override
  public void forgetTextsBefore(OrgId orgId, Instant cutoff) {
    meetups.forgetNotesBefore(orgId, cutoff);
  }
}
