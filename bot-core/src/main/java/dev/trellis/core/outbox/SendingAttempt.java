package dev.trellis.core.outbox;

import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try to send a message along its route: tries the route's addresses in turn until one takes
 * the message or asks to wait. An address on a platform this service is not connected to, one the
 * platform called unreachable (now or before) or one whose platform refused it for good is passed
 * over for the next. When none is left the message is dead with every reason; when no platform of
 * the route is connected and none called the person unreachable, that is a passing failure, as a
 * platform may be connected later (another instance, a restart with its credentials).
 *
 * <p>It writes nothing to the outbox (the org's sender does, in batches) but marks people a
 * platform called unreachable. Safe to call from several threads.
 */
final class SendingAttempt {

  private static final Logger log = LoggerFactory.getLogger(SendingAttempt.class);

  /** A throttle without a hint waits about this long before the next try. */
  private static final Duration NO_HINT = Duration.ofSeconds(1);

  private final Map<Platform, ChatPlatform> platforms;
  private final Clock clock;
  private final OutboxSettings settings;
  private final RetryPolicy retry;
  private final UnreachableRecipients unreachable;

  SendingAttempt(
      Map<Platform, ChatPlatform> platforms,
      Clock clock,
      OutboxSettings settings,
      RetryPolicy retry,
      UnreachableRecipients unreachable) {
    this.platforms = platforms;
    this.clock = clock;
    this.settings = settings;
    this.retry = retry;
    this.unreachable = unreachable;
  }

  Attempted attempt(OutboxEntry entry, List<Recipient> route, Set<Recipient> unreachableNow) {
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
    Platform last = route.get(route.size() - 1).platform();
    if (open.isEmpty()) {
      return new Attempted.Dead(last, String.join("; ", reasons));
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
        return new Attempted.Sent(
            to.platform(),
            new Outbox.Sent(to.orgId(), entry.key(), delivered.ref(), clock.instant()));
      }
      if (delivery instanceof Delivery.RetryLater later && later.throttled()) {
        Duration wait = later.retryAfter().isZero() ? NO_HINT : later.retryAfter();
        return new Attempted.Held(to.platform(), now.plus(wait), later.holds(), later.reason());
      }
      if (delivery instanceof Delivery.RetryLater later) {
        int failures = entry.attempts() + 1;
        if (failures < settings.maxAttempts()) {
          Duration delay = retry.delayAfter(failures, later.retryAfter());
          return new Attempted.Retry(to.platform(), now.plus(delay), later.reason());
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
    String reason = String.join("; ", reasons);
    if (!anyAnswer) {
      return notConnected(entry, last, reason, now);
    }
    return new Attempted.Dead(last, reason);
  }

  private Attempted notConnected(OutboxEntry entry, Platform platform, String reason, Instant now) {
    int failures = entry.attempts() + 1;
    if (failures < settings.maxAttempts()) {
      return new Attempted.Retry(
          platform, now.plus(retry.delayAfter(failures, Duration.ZERO)), reason);
    }
    return new Attempted.Dead(platform, "gave up after " + failures + " attempts: " + reason);
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
}
