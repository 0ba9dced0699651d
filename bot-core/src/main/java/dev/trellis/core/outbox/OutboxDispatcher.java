package dev.trellis.core.outbox;

import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due in the outbox through the chat platforms: claims a batch under a lease, keeps
 * each org within its rate limit, retries passing failures with backoff, waits out throttling
 * without counting it, and gives up on a message after the last attempt or a permanent failure.
 * Messages are marked sent in batches; a crash before that sends them again after the lease, so a
 * crash can repeat a message but never lose one.
 *
 * <p>A person a platform called unreachable gets no more tries until they act there again. A group
 * recipient is never checked against or marked in that list: a group message failing (the workspace
 * does not allow group DMs, one member left) says nothing about any one member, who may well be
 * reached in their own DM.
 */
public final class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int MAX_BATCHES_PER_RUN = 1000;

  private final Outbox outbox;
  private final Map<Platform, ChatPlatform> platforms = new EnumMap<>(Platform.class);
  private final Clock clock;
  private final String owner;
  private final OutboxSettings settings;
  private final OrgRateLimiter limiter;
  private final RetryPolicy retry;
  private final UnreachableRecipients unreachable;

  public OutboxDispatcher(
      Outbox outbox,
      List<ChatPlatform> platforms,
      Clock clock,
      String owner,
      OutboxSettings settings,
      RandomGenerator random) {
    this(outbox, platforms, clock, owner, settings, random, UnreachableRecipients.NONE);
  }

  public OutboxDispatcher(
      Outbox outbox,
      List<ChatPlatform> platforms,
      Clock clock,
      String owner,
      OutboxSettings settings,
      RandomGenerator random,
      UnreachableRecipients unreachable) {
    this.unreachable = unreachable;
    this.outbox = outbox;
    platforms.forEach(p -> this.platforms.put(p.platform(), p));
    this.clock = clock;
    this.owner = owner;
    this.settings = settings;
    this.limiter = new OrgRateLimiter(settings.perOrgPerSecond(), settings.perOrgBurst());
    this.retry = new RetryPolicy(settings.firstBackoff(), settings.maxBackoff(), random);
  }

  /** Sends everything due now, batch after batch, until nothing due is left. */
  public DispatchReport dispatchDue() {
    DispatchReport total = DispatchReport.NOTHING;
    for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
      Instant now = clock.instant();
      List<OutboxEntry> batch =
          outbox.claimDue(owner, now, now.plus(settings.lease()), settings.batchSize());
      if (batch.isEmpty()) {
        break;
      }
      total = total.plus(send(batch));
    }
    return total;
  }

  private DispatchReport send(List<OutboxEntry> batch) {
    List<Outbox.Sent> sent = new ArrayList<>();
    int retried = 0;
    int throttled = 0;
    int dead = 0;
    Set<Recipient> unreachableNow =
        unreachable.among(
            batch.stream()
                .map(OutboxEntry::recipient)
                .filter(r -> !r.isGroup())
                .distinct()
                .toList());
    for (OutboxEntry entry : batch) {
      if (unreachableNow.contains(entry.recipient())) {
        dead(
            entry,
            entry.recipient().platform() + " said this person cannot be reached",
            clock.instant());
        dead++;
        continue;
      }
      switch (attempt(entry, sent)) {
        case RETRIED -> retried++;
        case THROTTLED -> throttled++;
        case DEAD -> dead++;
        case SENT -> {}
      }
      if (sent.size() >= 100) {
        outbox.markSent(owner, List.copyOf(sent));
        sent.clear();
      }
    }
    outbox.markSent(owner, sent);
    return new DispatchReport(
        batch.size(), batch.size() - retried - throttled - dead, retried, throttled, dead);
  }

  private enum Outcome {
    SENT,
    RETRIED,
    THROTTLED,
    DEAD
  }

  private Outcome attempt(OutboxEntry entry, List<Outbox.Sent> sent) {
    Instant now = clock.instant();
    Duration wait = limiter.tryAcquire(entry.recipient().orgId(), now);
    if (!wait.isZero()) {
      outbox.reschedule(owner, entry, now.plus(wait), false, "waiting for the org's rate limit");
      return Outcome.THROTTLED;
    }
    Delivery delivery = deliver(entry);
    if (delivery instanceof Delivery.Delivered delivered) {
      sent.add(
          new Outbox.Sent(
              entry.recipient().orgId(), entry.key(), delivered.ref(), clock.instant()));
      return Outcome.SENT;
    }
    if (delivery instanceof Delivery.RetryLater later && later.throttled()) {
      Instant until = now.plus(retry.throttleDelay(later.retryAfter()));
      limiter.pauseUntil(entry.recipient().orgId(), until);
      outbox.reschedule(owner, entry, until, false, later.reason());
      return Outcome.THROTTLED;
    }
    if (delivery instanceof Delivery.RetryLater later) {
      int failures = entry.attempts() + 1;
      if (failures < settings.maxAttempts()) {
        Duration delay = retry.delayAfter(failures, later.retryAfter());
        outbox.reschedule(owner, entry, now.plus(delay), true, later.reason());
        return Outcome.RETRIED;
      }
      return dead(entry, "gave up after " + failures + " attempts: " + later.reason(), now);
    }
    Delivery.Failed failed = (Delivery.Failed) delivery;
    if (failed.recipientUnreachable() && !entry.recipient().isGroup()) {
      unreachable.mark(entry.recipient(), failed.reason(), now);
    }
    return dead(entry, failed.reason(), now);
  }

  private Delivery deliver(OutboxEntry entry) {
    ChatPlatform platform = platforms.get(entry.recipient().platform());
    if (platform == null) {
      return Delivery.RetryLater.transientFailure(
          entry.recipient().platform() + " is not connected");
    }
    try {
      return platform.deliver(entry.recipient(), entry.message());
    } catch (RuntimeException e) {
      log.warn(
          "Sending {} to {} failed: {}",
          entry.key(),
          entry.recipient().platform(),
          e.getClass().getSimpleName());
      return Delivery.RetryLater.transientFailure(e.getClass().getSimpleName());
    }
  }

  private Outcome dead(OutboxEntry entry, String reason, Instant now) {
    log.warn("Outbox message {} is dead: {}", entry.key(), reason);
    outbox.markDead(owner, entry, reason, now);
    return Outcome.DEAD;
  }
}
