package dev.trellis.core.org;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The org-scoped admin tokens, kept by id; never the tokens themselves, only their hashes. */
public interface OrgAdminTokens {

  void add(OrgAdminToken token);

  Optional<OrgAdminToken> find(String id);

  /** The org's tokens, oldest first. */
  List<OrgAdminToken> list(OrgId orgId);

  /** Forgets the token; false when the org has no token with that id. */
  boolean remove(OrgId orgId, String id);

  void markUsed(String id, Instant at);
}
