package dev.trellis.slack.sync;

import java.time.Duration;

/** Waits; tests pass one that only records, or moves a clock. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper threadSleep() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
