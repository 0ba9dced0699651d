package dev.trellis.core.inbox;

import dev.trellis.core.logging.LogContext;
import dev.trellis.core.message.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores each request from a platform before it is acknowledged, then hands it to its platform's
 * handler on a worker thread: the acknowledgement never waits for the work, and a crash between the
 * two loses nothing (the request is still in the inbox and a sweep picks it up). A request that
 * keeps failing is tried a few times with growing pauses, then given up and logged (never its
 * payload, which holds what people wrote).
 */
public final class HandlingInbound {

  private static final Logger log = LoggerFactory.getLogger(HandlingInbound.class);

  /**
   * Requests claimed at a time: a few, so that the workers share a burst instead of one taking it
   * all while the others idle (each answer would wait for those before it).
   */
  static final int BATCH = 4;

  static final int MAX_ATTEMPTS = 5;
  private static final String IGNORED = "ignored: ";

  private final Inbox inbox;
  private final Map<Platform, InboundHandler> handlers = new EnumMap<>(Platform.class);
  private final Clock clock;
  private final String owner;
  private final Duration lease;
  private final Executor workers;

  public HandlingInbound(
      Inbox inbox,
      List<InboundHandler> handlers,
      Clock clock,
      String owner,
      Duration lease,
      Executor workers) {
    this.inbox = inbox;
    handlers.forEach(h -> this.handlers.put(h.platform(), h));
    this.clock = clock;
    this.owner = owner;
    this.lease = lease;
    this.workers = workers;
  }

  /** What one pass over the inbox did. */
  public record Report(int handled, int retried, int gaveUp) {}

  /**
   * Stores the request and starts handling it in the background; answers false, storing nothing,
   * when the same request arrived before (a platform's retry).
   */
  public boolean receive(InboundRequest request) {
    if (!inbox.accept(request)) {
      return false;
    }
    try {
      // The worker logs under the request's correlation id.
      workers.execute(LogContext.carried(() -> handleAccepted(request.key())));
    } catch (RejectedExecutionException e) {
      // Stored all the same: the next sweep handles it.
      log.warn("Inbound workers are busy; a {} request waits for the next sweep", request.kind());
    }
    return true;
  }

  /**
   * Handles the request just accepted, unless a worker or another instance took it first. Found by
   * its key alone, so a burst of requests never makes each worker search what waits (on the
   * embedded server, a search reads every waiting request while holding the collection, and new
   * requests wait to be stored).
   */
  void handleAccepted(String key) {
    Instant now = clock.instant();
    inbox.claimAccepted(key, owner, now, now.plus(lease)).ifPresent(this::settle);
  }

  /** Handles every request that is due; the sweep calls it, for retries and what a crash left. */
  public Report handleDue() {
    int handled = 0;
    int retried = 0;
    int gaveUp = 0;
    while (true) {
      Instant now = clock.instant();
      List<InboundRequest> due = inbox.claim(owner, now, now.plus(lease), BATCH);
      if (due.isEmpty()) {
        return new Report(handled, retried, gaveUp);
      }
      for (InboundRequest request : due) {
        switch (settle(request)) {
          case HANDLED -> handled++;
          case RETRIED -> retried++;
          case GAVE_UP -> gaveUp++;
        }
      }
    }
  }

  private enum Outcome {
    HANDLED,
    RETRIED,
    GAVE_UP
  }

  /** Handles a claimed request and records how it went. */
  private Outcome settle(InboundRequest request) {
    try {
      return settled(request);
    } finally {
      // The adapter put the request's org on the log lines; the next request may have another.
      LogContext.removeOrg();
    }
  }

  private Outcome settled(InboundRequest request) {
    String failure = handle(request);
    if (failure == null) {
      inbox.finish(request.key(), "handled", clock.instant());
      return Outcome.HANDLED;
    }
    if (failure.startsWith(IGNORED)) {
      inbox.finish(request.key(), failure, clock.instant());
      return Outcome.GAVE_UP;
    }
    if (request.attempts() + 1 >= MAX_ATTEMPTS) {
      log.error(
          "Gave up a {} {} request after {} attempts: {}",
          request.platform(),
          request.kind(),
          MAX_ATTEMPTS,
          failure);
      inbox.finish(request.key(), "gave up: " + failure, clock.instant());
      return Outcome.GAVE_UP;
    }
    Duration pause = Duration.ofSeconds(1L << Math.min(request.attempts() + 1, 10));
    inbox.retryLater(request.key(), clock.instant().plus(pause));
    return Outcome.RETRIED;
  }

  /** Null when handled; otherwise what went wrong, without anything the person wrote. */
  private String handle(InboundRequest request) {
    InboundHandler handler = handlers.get(request.platform());
    if (handler == null) {
      return request.platform() + " is not connected";
    }
    try {
      handler.handle(request);
      return null;
    } catch (UnhandleableRequest e) {
      log.warn(
          "Ignored a {} {} request that can never be handled: {}",
          request.platform(),
          request.kind(),
          e.getMessage());
      return IGNORED + e.getMessage();
    } catch (Exception e) {
      log.warn(
          "Handling a {} {} request failed ({}); it is tried again",
          request.platform(),
          request.kind(),
          e.getClass().getSimpleName());
      return e.getClass().getSimpleName();
    }
  }
}
