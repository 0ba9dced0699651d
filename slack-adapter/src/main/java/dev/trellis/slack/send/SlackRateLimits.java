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

  static final int THROTTLED_IN_A_ROW_FOR_WORKSPACE = 4;

  private final Clock clock;
  private final Map<Key, TokenBucket> buckets = new HashMap<>();
  private final Map<Key, Integer> throttledInARow = new HashMap<>();

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

  /**
   * Slack answered a call of {@code method} in {@code channel} with "slow down" until {@code
   * until}; answers whether that holds the method in the whole workspace.
   *
   * <p>A method limited per channel (chat.postMessage) is throttled both per channel and per
   * workspace, and Slack's answer does not say which. Trellis keeps under the workspace limit
   * itself, so a lone throttled call pauses only its channel (its workspace token stays spent: the
   * call may have counted there); {@value #THROTTLED_IN_A_ROW_FOR_WORKSPACE} throttled calls in a
   * row, with no call taken between them, are the workspace's limit and pause the method there. Any
   * other method is paused in the workspace.
   */
  public synchronized boolean throttled(
      OrgId orgId, SlackMethod method, Optional<String> channel, Instant until) {
    Instant now = clock.instant();
    Key workspace = new Key(orgId, method, "");
    if (method.perChannel().isEmpty() || channel.isEmpty()) {
      bucket(workspace, method.perWorkspace(), now).pauseUntil(until);
      return true;
    }
    int inARow = throttledInARow.merge(workspace, 1, Integer::sum);
    if (inARow >= THROTTLED_IN_A_ROW_FOR_WORKSPACE) {
      bucket(workspace, method.perWorkspace(), now).pauseUntil(until);
      return true;
    }
    bucket(new Key(orgId, method, channel.get()), method.perChannel().get(), now).pauseUntil(until);
    return false;
  }

  /** Slack took a call of {@code method}: what it throttled before was not the workspace. */
  public synchronized void taken(OrgId orgId, SlackMethod method) {
    if (!throttledInARow.isEmpty()) {
      throttledInARow.remove(new Key(orgId, method, ""));
    }
  }

  /**
   * Gives back what {@link #acquire} took for a call Slack did not take (it answered 5xx, or the
   * connection failed), so a failing moment does not also use up the org's pace.
   */
  public synchronized void giveBack(OrgId orgId, SlackMethod method, Optional<String> channel) {
    Instant now = clock.instant();
    bucket(new Key(orgId, method, ""), method.perWorkspace(), now).giveBack(now);
    method
        .perChannel()
        .ifPresent(
            limit ->
                channel.ifPresent(
                    c -> bucket(new Key(orgId, method, c), limit, now).giveBack(now)));
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
