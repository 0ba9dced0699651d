package dev.trellis.core.outbox;

import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;

/**
 * Which instance sends an org's messages. Rate limits are kept in each instance's memory, so one
 * instance at a time sends for an org, under a lease it renews while it works; a lease that runs
 * out (its holder stopped or died) lets another take over. A throttled org's lease is left free
 * only from the time the platform named, so no instance sends for it before then.
 */
public interface OrgSendingLeases {

  /** Takes or renews the org's lease until {@code until}; false when another instance holds it. */
  boolean hold(OrgId orgId, String owner, Instant now, Instant until);

  /** Gives the lease up; nobody may take it before {@code freeFrom} (when after {@code now}). */
  void release(OrgId orgId, String owner, Instant now, Instant freeFrom);

  /** How many orgs some instance sends for at {@code now}. */
  int held(Instant now);

  /**
   * Records that {@code owner} sends and answers how many instances did within {@code within},
   * itself included, so each takes its share of the orgs.
   */
  int sendersAlive(String owner, Instant now, Duration within);
}
