package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A round of a cohort as it was started: its number (1, 2, ...), the groups and whether each met,
 * and everyone left out with the reason.
 */
public record BuddyRound(
    OrgId orgId,
    CohortId cohortId,
    int number,
    List<Group> groups,
    List<LeftOut> leftOut,
    Instant startedAt) {

  /** The members of one group (in id order) and whether they met; false until meetups exist. */
  public record Group(List<PersonId> members, boolean met) {
    public Group {
      members = List.copyOf(members);
    }
  }

  public BuddyRound {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(cohortId, "cohortId");
    Objects.requireNonNull(startedAt, "startedAt");
    if (number < 1) {
      throw new IllegalArgumentException("Rounds are numbered from 1, not " + number);
    }
    groups = List.copyOf(groups);
    leftOut = List.copyOf(leftOut);
  }

  /** This round as pairing history. */
  public PastRound asHistory() {
    return new PastRound(number, groups.stream().map(Group::members).toList());
  }
}
