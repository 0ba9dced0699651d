package dev.trellis.core.export;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Optional;

/**
 * Exports waiting to be delivered, in their own collection, the JSON encrypted at rest and bound to
 * its export. Each is found only until it expires, and through its link only once.
 */
public interface StoredExports {

  void save(StoredExport export);

  /** The export while it has not expired at {@code now}; empty otherwise. */
  Optional<StoredExport> find(OrgId orgId, String id, Instant now);

  /** Gives the export a one-time link: only the token's hash is stored. */
  void linkTo(OrgId orgId, String id, String tokenHash);

  /**
   * The export the link leads to, once: it is deleted as it is taken. Empty when there is none, it
   * expired or was taken before.
   */
  Optional<StoredExport> takeByLink(String tokenHash, Instant now);

  void delete(OrgId orgId, String id);

  /** Deletes the exports expired by {@code now}; answers how many. */
  long deleteExpired(Instant now);

  /** Deletes every export of the person (their data is being erased). */
  void deleteOf(OrgId orgId, PersonId personId);
}
