package dev.trellis.core.outbox;

import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * <p>A person's message goes to the platform {@link RecipientRoutes} names first; when this service
 * is not connected to it, or it cannot reach the person, the other platform is tried before the
 * message is dead, and the dead letter gives both reasons. A person a platform called unreachable
 * gets no more tries there until they act there again. A group recipient is never checked against
 * or marked in that list: a group message failing (the workspace does not allow group DMs, one
 * member left) says nothing about any one member, who may well be reached in their own DM.
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
  private final AddressesInOrder addresses;

  /**
   * {@code unreachable}: who cannot be reached now (a message to them waits); {@code routes}: where
   * each person's message is tried first, and where next.
   */
  public OutboxDispatcher(
      Outbox outbox,
      List<ChatPlatform> platforms,
      Clock clock,
      String owner,
      OutboxSettings settings,
      RandomGenerator random,
      UnreachableRecipients unreachable,
      RecipientRoutes routes) {
    this.unreachable = unreachable;
    this.addresses = new AddressesInOrder(routes);
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
    Map<Recipient, List<Recipient>> routes =
        addresses.inOrder(batch, Collections.unmodifiableSet(platforms.keySet()));
    Set<Recipient> unreachableNow =
        unreachable.among(
            routes.values().stream()
                .flatMap(List::stream)
                .filter(r -> !r.isGroup())
                .distinct()
                .toList());
    for (OutboxEntry entry : batch) {
      List<Recipient> route = routes.get(entry.recipient());
      switch (attempt(entry, route, unreachableNow, sent)) {
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

  /**
   * Tries the route's addresses in turn until one takes the message or asks to wait: an address on
   * a platform this service is not connected to, one the platform called unreachable (now or
   * before) or one whose platform refused it for good is passed over for the next. When none is
   * left the message is dead with every reason; when no platform of the route is connected and none
   * called the person unreachable, that is a passing failure, as a platform may be connected later
   * (another instance, a restart with its credentials).
   */
  private Outcome attempt(
      OutboxEntry entry,
      List<Recipient> route,
      Set<Recipient> unreachableNow,
      List<Outbox.Sent> sent) {
    Instant now = clock.instant();
    List<String> reasons = new ArrayList<>();
    List<Recipient> open = new ArrayList<>();
    for (Recipient to : route) {
      if (unreachableNow.contains(to)) {
        reasons.add(to.platform() + " said this person cannot be reached");
      } else {
        open.add(to);
      }
    }
    if (open.isEmpty()) {
      return dead(entry, String.join("; ", reasons), now);
    }
    Duration wait = limiter.tryAcquire(entry.recipient().orgId(), now);
    if (!wait.isZero()) {
      outbox.reschedule(owner, entry, now.plus(wait), false, "waiting for the org's rate limit");
      return Outcome.THROTTLED;
    }
    boolean anyAnswer = open.size() < route.size();
    for (Recipient to : open) {
      ChatPlatform platform = platforms.get(to.platform());
      if (platform == null) {
        reasons.add(to.platform() + " is not connected");
        continue;
      }
      anyAnswer = true;
      Delivery delivery = deliver(platform, entry, to);
      if (delivery instanceof Delivery.Delivered delivered) {
        sent.add(new Outbox.Sent(to.orgId(), entry.key(), delivered.ref(), clock.instant()));
        return Outcome.SENT;
      }
      if (delivery instanceof Delivery.RetryLater later && later.throttled()) {
        Instant until = now.plus(retry.throttleDelay(later.retryAfter()));
        limiter.pauseUntil(to.orgId(), until);
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
        reasons.add("gave up after " + failures + " attempts: " + later.reason());
        continue;
      }
      Delivery.Failed failed = (Delivery.Failed) delivery;
      if (failed.recipientUnreachable() && !to.isGroup()) {
        unreachable.mark(to, failed.reason(), now);
      }
      reasons.add(failed.reason());
    }
    if (!anyAnswer) {
      return notConnected(entry, String.join("; ", reasons), now);
    }
    return dead(entry, String.join("; ", reasons), now);
  }

  private Outcome notConnected(OutboxEntry entry, String reason, Instant now) {
    int failures = entry.attempts() + 1;
    if (failures < settings.maxAttempts()) {
      outbox.reschedule(
          owner, entry, now.plus(retry.delayAfter(failures, Duration.ZERO)), true, reason);
      return Outcome.RETRIED;
    }
    return dead(entry, "gave up after " + failures + " attempts: " + reason, now);
  }

  private Delivery deliver(ChatPlatform platform, OutboxEntry entry, Recipient to) {
    try {
      return platform.deliver(to, entry.message());
    } catch (RuntimeException e) {
      log.warn(
          "Sending {} to {} failed: {}", entry.key(), to.platform(), e.getClass().getSimpleName());
      return Delivery.RetryLater.transientFailure(e.getClass().getSimpleName());
    }
  }

  private Outcome dead(OutboxEntry entry, String reason, Instant now) {
    log.warn("Outbox message {} is dead: {}", entry.key(), reason);
    outbox.markDead(owner, entry, reason, now);
    return Outcome.DEAD;
  }
}
