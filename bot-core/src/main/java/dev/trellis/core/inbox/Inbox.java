package dev.trellis.core.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Requests from the platforms between their arrival and their handling. Several instances share it:
 * each request is claimed under a lease, and one whose holder died comes due again.
 */
public interface Inbox {

  /** Stores the request unless its key was stored before; answers whether it was new. */
  boolean accept(InboundRequest request);

  /**
   * Claims at most {@code limit} requests that are due, for {@code owner} until {@code leaseUntil},
   * oldest first; other instances and workers claim the rest.
   */
  List<InboundRequest> claim(String owner, Instant now, Instant leaseUntil, int limit);

  /**
   * Claims the request just accepted under {@code key}, unless a worker or instance has taken it
   * already: the hand-off from the thread that stored it to a worker, found by its key alone, so
   * the store answers from an index however many requests wait.
   */
  Optional<InboundRequest> claimAccepted(String key, String owner, Instant now, Instant leaseUntil);

  /**
   * The request's work is done (the engine has answered and its changes are stored): {@code
   * answer}, what is still to be delivered, is kept with the request (encrypted, as it holds
   * personal text), so that a later try only delivers it and never does the work again.
   */
  void workDone(InboundRequest request, String answer);

  /** The request was handled (or given up): it leaves the inbox, its key is remembered. */
  void finish(String key, String outcome, Instant at);

  /** Handling failed for now: the request comes due again at {@code dueAt}. */
  void retryLater(String key, Instant dueAt);

  /** Forgets the keys of requests finished before {@code cutoff}; answers how many. */
  int forgetFinishedBefore(Instant cutoff);
}
