package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.List;

/** The recurring 1:1s of each org; at most one per manager and report. */
public interface OneOnOnes {

  List<OneOnOne> findAll(OrgId orgId);

  /** Inserts or replaces each 1:1 by id. */
  void saveAll(OrgId orgId, Collection<OneOnOne> oneOnOnes);
}
