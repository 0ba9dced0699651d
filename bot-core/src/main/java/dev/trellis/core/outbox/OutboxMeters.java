package dev.trellis.core.outbox;

import dev.trellis.core.message.Platform;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * The outbox's meters, by platform: messages sent, retried after a passing failure, held by a rate
 * limit, given up; and how long a send took.
 */
final class OutboxMeters {

  void sent(Platform platform, Duration took) {
    Metrics.counter("trellis.outbox.sent", "platform", tag(platform)).increment();
    Timer.builder("trellis.outbox.send")
        .description("One message's send, from the first call to the platform to its answer")
        .tag("platform", tag(platform))
        .publishPercentileHistogram()
        .register(Metrics.globalRegistry)
        .record(took);
  }

  void retried(Platform platform) {
    Metrics.counter("trellis.outbox.retried", "platform", tag(platform)).increment();
  }

  void throttled(Platform platform) {
    Metrics.counter("trellis.outbox.throttled", "platform", tag(platform)).increment();
  }

  void dead(Platform platform) {
    Metrics.counter("trellis.outbox.dead", "platform", tag(platform)).increment();
  }

  private static String tag(Platform platform) {
    return platform.name().toLowerCase(Locale.ROOT);
  }
}
