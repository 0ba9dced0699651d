package dev.trellis.core.opportunity;

import dev.trellis.core.org.OrgId;
import java.util.Objects;

/** An opportunity's id: its org and the org's number for it, given once for good. */
public record OpportunityId(String value) {

  public OpportunityId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("OpportunityId must not be blank");
    }
  }

  public static OpportunityId of(OrgId orgId, int number) {
    return new OpportunityId(orgId.value() + ":" + number);
  }

  @Override
  public String toString() {
    return value;
  }
}
