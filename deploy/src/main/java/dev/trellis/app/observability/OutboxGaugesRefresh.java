package dev.trellis.app.observability;

import dev.trellis.core.infra.mongo.MongoOutboxGauges;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the outbox gauges every {@link #INTERVAL} on a thread of its own, whether or not this
 * instance runs the scheduled work: what waits is the database's, the same seen from any instance.
 */
final class OutboxGaugesRefresh implements AutoCloseable {

  static final Duration INTERVAL = Duration.ofSeconds(15);
  private static final Logger log = LoggerFactory.getLogger(OutboxGaugesRefresh.class);

  private final ScheduledExecutorService timer;

  private OutboxGaugesRefresh(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static OutboxGaugesRefresh start(MongoOutboxGauges gauges) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "trellis-outbox-gauges");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        () -> refresh(gauges), 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    return new OutboxGaugesRefresh(timer);
  }

  /** A failure keeps the last figures and is tried again at the next interval. */
  private static void refresh(MongoOutboxGauges gauges) {
    try {
      gauges.refresh();
    } catch (RuntimeException e) {
      log.warn(
          "Outbox gauges not refreshed ({}); tried again in {}",
          e.getClass().getSimpleName(),
          INTERVAL);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
