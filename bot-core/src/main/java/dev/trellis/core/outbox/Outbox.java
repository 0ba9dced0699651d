package dev.trellis.core.outbox;

import dev.trellis.core.message.MessageRef;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;

/**
 * The durable outbox. Every outbound message is stored here before it is sent; due messages are
 * claimed with a lease, so several instances share the work and none is sent twice while its lease
 * holds; a lease that expires (its holder crashed) makes the message due again.
 */
public interface Outbox {

  /** Stores a message unless one with its key was ever enqueued; answers whether it was new. */
  boolean enqueue(OutboxEntry entry);

  /** Enqueues many messages in a few round trips; answers how many were new. */
  int enqueueAll(List<OutboxEntry> entries);

  /** The orgs that have a message due at {@code now} (claimed ones whose lease ran out too). */
  List<OrgId> orgsWithDue(Instant now);

  /**
   * Claims at most {@code limit} of one org's messages due at {@code now} for {@code owner} until
   * {@code leaseUntil}, oldest first. Never returns a message another owner holds under a valid
   * lease.
   */
  List<OutboxEntry> claimDue(OrgId orgId, String owner, Instant now, Instant leaseUntil, int limit);

  /** Records that claimed messages went out; they leave the queue for good. */
  void markSent(String owner, List<Sent> sent);

  /** Puts a claimed message back in the queue for a later attempt. */
  void reschedule(
      String owner, OutboxEntry entry, Instant nextAttemptAt, boolean countAttempt, String error);

  /**
   * Puts claimed messages back, each due again at its time, without counting an attempt (they
   * waited for a rate limit, or their sender stopped); one round trip for all.
   */
  void putBack(String owner, List<Waiting> waiting);

  /** Gives up on a claimed message and keeps it as a dead letter. */
  void markDead(String owner, OutboxEntry entry, String reason, Instant now);

  List<OutboxEntry> pending(OrgId orgId, int limit);

  List<DeadLetter> dead(OrgId orgId, int limit);

  /** A claimed message to put back, due again at {@code dueAt}, and why it waits. */
  record Waiting(OutboxEntry entry, Instant dueAt, String reason) {}

  /** A message delivered at {@code sentAt}; {@code ref} locates it on its platform. */
  record Sent(OrgId orgId, DedupeKey key, MessageRef ref, Instant sentAt) {}
}
