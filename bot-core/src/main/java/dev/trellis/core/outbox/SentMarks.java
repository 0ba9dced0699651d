package dev.trellis.core.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what went out, for every org's sender of an instance at once: a message sent is written
 * down within {@link #EVERY} (a hundred milliseconds), in one write for all orgs, so the queue is
 * written a few times a second however many orgs send, and a crash repeats only what was sent in
 * that last moment besides what was on its way.
 */
final class SentMarks implements AutoCloseable {

  static final long EVERY = 100;
  private static final Logger log = LoggerFactory.getLogger(SentMarks.class);

  private final Outbox outbox;
  private final String owner;
  private final List<Outbox.Sent> waiting = new ArrayList<>();
  private final ScheduledExecutorService flusher;

  SentMarks(Outbox outbox, String owner) {
    this.outbox = outbox;
    this.owner = owner;
    this.flusher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "outbox-sent-marks");
              t.setDaemon(true);
              return t;
            });
    flusher.scheduleWithFixedDelay(this::flushQuietly, EVERY, EVERY, TimeUnit.MILLISECONDS);
  }

  synchronized void add(Outbox.Sent sent) {
    waiting.add(sent);
  }

  /** Writes down what is waiting, now. */
  void flush() {
    List<Outbox.Sent> batch;
    synchronized (this) {
      if (waiting.isEmpty()) {
        return;
      }
      batch = List.copyOf(waiting);
      waiting.clear();
    }
    outbox.markSent(owner, batch);
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      // Not written down: those messages are sent again once their claims run out, never lost.
      log.warn("Recording sent outbox messages failed: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    flusher.shutdown();
    flushQuietly();
  }
}
