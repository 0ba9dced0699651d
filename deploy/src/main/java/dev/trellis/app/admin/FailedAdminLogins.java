package dev.trellis.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed admin logins by source address: a source with more than {@value #MAX_FAILURES} failures
 * within a minute is refused for a minute, even with a right token. It remembers at most {@code
 * maxSources} addresses and forgets the one seen longest ago first, so an attacker with many
 * addresses cannot grow it without limit (each of them still gets only its 20 tries a minute).
 */
final class FailedAdminLogins {

  static final int MAX_FAILURES = 20;
  static final Duration WINDOW = Duration.ofMinutes(1);
  static final Duration BLOCK = Duration.ofMinutes(1);
  static final int MAX_SOURCES = 10_000;
  private static final int MAX_SOURCE_LENGTH = 64;

  private final Clock clock;
  private final Map<String, Failures> sources;

  FailedAdminLogins(Clock clock, int maxSources) {
    this.clock = clock;
    // Access order: a source seen again (blocked and still knocking, or failing) stays.
    this.sources =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > maxSources;
          }
        };
  }

  /** How long the source is still refused, if it is. */
  synchronized Optional<Duration> blockedFor(String source) {
    Failures failures = sources.get(source);
    long now = clock.millis();
    if (failures == null || !failures.blockedAt(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(failures.blockedUntil - now));
  }

  /** Notes a failure; true when it is one too many and the source is refused from now on. */
  synchronized boolean failed(String source) {
    long now = clock.millis();
    Failures failures = sources.computeIfAbsent(source, s -> new Failures());
    if (failures.blockedUntil != Failures.NOT_BLOCKED && !failures.blockedAt(now)) {
      failures.clear();
    }
    boolean tooMany = failures.fullSince(now - WINDOW.toMillis());
    failures.add(now);
    if (tooMany) {
      failures.blockedUntil = now + BLOCK.toMillis();
    }
    return tooMany;
  }

  synchronized int sourcesKept() {
    return sources.size();
  }

  /**
   * The remote address as a key and for the log: only the characters of an IP address (and of a
   * host name), at most 64, since behind a proxy it may come from a header.
   */
  static String sourceOf(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isEmpty()) {
      return "unknown";
    }
    String cleaned = remoteAddress.replaceAll("[^0-9A-Za-z.:%_\\[\\]-]", "_");
    return cleaned.length() > MAX_SOURCE_LENGTH ? cleaned.substring(0, MAX_SOURCE_LENGTH) : cleaned;
  }

  /** The times of a source's last {@value #MAX_FAILURES} failures, in a ring. */
  private static final class Failures {
    static final long NOT_BLOCKED = Long.MIN_VALUE;

    final long[] times = new long[MAX_FAILURES];
    int next;
    int count;
    long blockedUntil = NOT_BLOCKED;

    boolean blockedAt(long now) {
      return blockedUntil != NOT_BLOCKED && now < blockedUntil;
    }

    /** Whether the last {@value #MAX_FAILURES} failures all came after {@code since}. */
    boolean fullSince(long since) {
      return count == MAX_FAILURES && times[next] > since;
    }

    void add(long at) {
      times[next] = at;
      next = (next + 1) % MAX_FAILURES;
      count = Math.min(count + 1, MAX_FAILURES);
    }

    void clear() {
      next = 0;
      count = 0;
      blockedUntil = NOT_BLOCKED;
    }
  }
}
