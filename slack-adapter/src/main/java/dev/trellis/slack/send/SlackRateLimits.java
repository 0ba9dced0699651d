package dev.trellis.slack.send;

import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps Trellis inside Slack's rate limits for each workspace and method (and channel, for
 * chat.postMessage) in this process. It never waits: it answers how long to wait, and the caller
 * decides. Share one instance between everything that calls Slack.
 */
public final class SlackRateLimits {

  /** Channel buckets are forgotten once full again, when there are more than this many. */
  private static final int MAX_BUCKETS_BEFORE_CLEANUP = 10_000;

  private final Clock clock;
  private final Map<Key, TokenBucket> buckets = new HashMap<>();

  public SlackRateLimits(Clock clock) {
    this.clock = clock;
  }

  /**
   * Takes a call of {@code method} for the org (in {@code channel}, when the method is limited per
   * channel) and answers zero, or answers how long until one is allowed and takes nothing.
   */
  public synchronized Duration tryAcquire(
      OrgId orgId, SlackMethod method, Optional<String> channel) {
    return acquire(orgId, method, channel).duration();
  }

  /**
   * As {@link #tryAcquire}, saying whether the method's workspace-wide limit is what holds the call
   * back, or only its channel's.
   */
  public synchronized Wait acquire(OrgId orgId, SlackMethod method, Optional<String> channel) {
    Instant now = clock.instant();
    forgetIdleBucketsWhenMany(now);
    TokenBucket workspace = bucket(new Key(orgId, method, ""), method.perWorkspace(), now);
    Optional<TokenBucket> perChannel =
        method
            .perChannel()
            .flatMap(limit -> channel.map(c -> bucket(new Key(orgId, method, c), limit, now)));
    Duration workspaceWait = workspace.waitFor(now);
    Duration channelWait = perChannel.map(b -> b.waitFor(now)).orElse(Duration.ZERO);
    if (workspaceWait.isZero() && channelWait.isZero()) {
      workspace.take(now);
      perChannel.ifPresent(b -> b.take(now));
      return new Wait(Duration.ZERO, false);
    }
    boolean workspaceHolds = workspaceWait.compareTo(channelWait) >= 0;
    return new Wait(workspaceHolds ? workspaceWait : channelWait, workspaceHolds);
  }

  /**
   * How long to wait; {@code wholeWorkspace} when it is the method's workspace limit that holds.
   */
  public record Wait(Duration duration, boolean wholeWorkspace) {}

  /** Slack said "slow down" for this method: no calls of it for the org until {@code until}. */
  public synchronized void pauseUntil(OrgId orgId, SlackMethod method, Instant until) {
    bucket(new Key(orgId, method, ""), method.perWorkspace(), clock.instant()).pauseUntil(until);
  }

  private void forgetIdleBucketsWhenMany(Instant now) {
    if (buckets.size() > MAX_BUCKETS_BEFORE_CLEANUP) {
      buckets.values().removeIf(b -> b.isIdle(now));
    }
  }

  private TokenBucket bucket(Key key, SlackMethod.RateLimit limit, Instant now) {
    return buckets.computeIfAbsent(key, k -> new TokenBucket(limit, now));
  }

  /** A blank channel stands for the method's workspace-wide bucket. */
  private record Key(OrgId orgId, SlackMethod method, String channel) {}
}
