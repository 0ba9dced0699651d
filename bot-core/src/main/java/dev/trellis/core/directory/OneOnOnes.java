package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The recurring 1:1s of each org; at most one per manager and report. */
public interface OneOnOnes {

  List<OneOnOne> findAll(OrgId orgId);

  /** One 1:1 of the org by its id; empty when there is none (or it belongs to another org). */
  Optional<OneOnOne> findById(OrgId orgId, OneOnOneId id);

  /** Inserts or replaces each 1:1 by id. */
  void saveAll(OrgId orgId, Collection<OneOnOne> oneOnOnes);

  /** Deletes the org's 1:1 with this id; answers whether there was one. */
  boolean delete(OrgId orgId, OneOnOneId id);
}
