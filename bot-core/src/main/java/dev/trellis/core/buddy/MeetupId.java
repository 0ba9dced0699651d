package dev.trellis.core.buddy;

import dev.trellis.core.org.OrgId;
import java.util.Objects;
import java.util.Optional;

/**
 * One group of one round of a cohort: its meetup. The value {@code <org>/<cohort>/<round>/<group>}
 * is its storage key and comes back in button values.
 */
public record MeetupId(OrgId orgId, CohortId cohortId, int round, int group) {

  private static final int MAX_VALUE_LENGTH = 300;

  public MeetupId {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(cohortId, "cohortId");
    if (round < 1 || group < 0) {
      throw new IllegalArgumentException("No meetup " + round + "/" + group);
    }
  }

  public String value() {
    return orgId.value() + "/" + cohortId.value() + "/" + round + "/" + group;
  }

  /** Reads a value of {@link #value()}; empty for anything else. */
  public static Optional<MeetupId> parse(String value) {
    if (value == null || value.length() > MAX_VALUE_LENGTH) {
      return Optional.empty();
    }
    String[] parts = value.split("/", -1);
    if (parts.length != 4 || !CohortId.isValid(parts[1])) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new MeetupId(
              new OrgId(parts[0]),
              new CohortId(parts[1]),
              Integer.parseInt(parts[2]),
              Integer.parseInt(parts[3])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value();
  }
}
