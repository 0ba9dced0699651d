package dev.trellis.core.devtime;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Optional;

/** Whom each person shares their development time totals with (one person at most). */
public interface DevTimeShares {

  Optional<DevTimeShare> of(OrgId orgId, PersonId ownerId);

  /** Shares with the share's person, in place of any earlier share. */
  void save(DevTimeShare share);

  /** Shares with nobody; false when nothing was shared. */
  boolean remove(OrgId orgId, PersonId ownerId);
}
