package dev.trellis.core.goal;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Objects;

/** A goal's id: its owner and their number for it, so one number names one goal for good. */
public record GoalId(String value) {

  public GoalId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("GoalId must not be blank");
    }
  }

  public static GoalId of(OrgId orgId, PersonId owner, int number) {
    return new GoalId(orgId.value() + ":" + owner.value() + ":" + number);
  }

  @Override
  public String toString() {
    return value;
  }
}
