package dev.trellis.core.devtime;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.SharedItem;
import java.time.Instant;
import java.util.Objects;

/**
 * That a person shares their development time totals (hours a month against the budget, never what
 * they wrote) with one person, their manager when they shared: with a person, never a role, so a
 * former manager and a new manager see nothing ({@link dev.trellis.core.privacy.SharedItemAccess}
 * decides).
 */
public record DevTimeShare(OrgId orgId, PersonId ownerId, PersonId with, Instant at)
    implements SharedItem {

  public DevTimeShare {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(at, "at");
    if (with.equals(ownerId)) {
      throw new IllegalArgumentException("Totals are not shared with their own owner");
    }
  }

  @Override
  public boolean isSharedWith(PersonId person) {
    return with.equals(person);
  }
}
