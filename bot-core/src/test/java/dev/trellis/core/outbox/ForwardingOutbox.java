package dev.trellis.core.outbox;

import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;

/** An outbox that passes everything on, for a test to change one call. */
class ForwardingOutbox implements Outbox {

  private final Outbox inner;

  ForwardingOutbox(Outbox inner) {
    this.inner = inner;
  }

  @Override
  public boolean enqueue(OutboxEntry entry) {
    return inner.enqueue(entry);
  }

  @Override
  public int enqueueAll(List<OutboxEntry> entries) {
    return inner.enqueueAll(entries);
  }

  @Override
  public List<OrgId> orgsWithDue(Instant now) {
    return inner.orgsWithDue(now);
  }

  @Override
  public List<OutboxEntry> claimDue(
      OrgId orgId, String owner, Instant now, Instant leaseUntil, int limit) {
    return inner.claimDue(orgId, owner, now, leaseUntil, limit);
  }

  @Override
  public void markSent(String owner, List<Sent> sent) {
    inner.markSent(owner, sent);
  }

  @Override
  public void reschedule(
      String owner, OutboxEntry entry, Instant nextAttemptAt, boolean countAttempt, String error) {
    inner.reschedule(owner, entry, nextAttemptAt, countAttempt, error);
  }

  @Override
  public void putBack(String owner, List<Waiting> waiting) {
    inner.putBack(owner, waiting);
  }

  @Override
  public void markDead(String owner, OutboxEntry entry, String reason, Instant now) {
    inner.markDead(owner, entry, reason, now);
  }

  @Override
  public List<OutboxEntry> pending(OrgId orgId, int limit) {
    return inner.pending(orgId, limit);
  }

  @Override
  public List<DeadLetter> dead(OrgId orgId, int limit) {
    return inner.dead(orgId, limit);
  }
}
