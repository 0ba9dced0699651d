package dev.trellis.core.privacy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;

/** Every admin access to people's data, kept for the org's admins to check. */
public interface AuditLog {

  int MAX_LIST = 1000;

  void record(AuditEntry entry);

  /** The org's entries from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
  List<AuditEntry> list(OrgId orgId, Instant from, Instant to, int limit);

  /** An erased person's entries name their anonymous id instead. */
  void replaceSubject(OrgId orgId, PersonId personId, PersonId anonymousId);
}
