package dev.trellis.app.admin;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.AuditEntry;
import dev.trellis.core.privacy.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;

/**
 * Writes an admin access to people's data into the audit log: who called (from the token filter),
 * when, what and whose, never the data itself.
 */
public final class AdminAudit {

  private final AuditLog log;
  private final Clock clock;

  public AdminAudit(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** An access to the data of one person. */
  public void record(HttpServletRequest request, OrgId orgId, String action, PersonId subject) {
    write(request, orgId, action, Optional.of(subject));
  }

  /** An access to the data of many (the directory, an import). */
  public void record(HttpServletRequest request, OrgId orgId, String action) {
    write(request, orgId, action, Optional.empty());
  }

  private void write(
      HttpServletRequest request, OrgId orgId, String action, Optional<PersonId> subject) {
    String who =
        request.getAttribute(AdminCaller.ATTRIBUTE) instanceof AdminCaller caller
            ? caller.who()
            : "unknown";
    log.record(new AuditEntry(orgId, clock.instant(), who, action, subject));
  }
}
