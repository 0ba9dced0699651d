package dev.trellis.app;

import dev.trellis.core.outbox.OutboxDispatcher;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the outbox's senders when the service shuts down, in the same phase as the web server's
 * graceful shutdown and alongside it, so both fit in one {@code TRELLIS_SHUTDOWN_GRACE}: messages
 * on their way finish and are recorded, the rest go back to the queue, and the org leases are given
 * up so another instance takes over at once instead of after the leases run out.
 */
final class OutboxShutdown implements SmartLifecycle {

  /**
   * The web server's graceful shutdown phase (Spring Boot's {@code
   * WebServerGracefulShutdownLifecycle}).
   */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

  private final OutboxDispatcher dispatcher;
  private final Duration grace;
  private volatile boolean running;

  OutboxShutdown(OutboxDispatcher dispatcher, Duration grace) {
    this.dispatcher = dispatcher;
    this.grace = grace;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    dispatcher.stop(grace);
    running = false;
  }

  @Override
  public void stop(Runnable callback) {
    Thread stopping =
        new Thread(
            () -> {
              try {
                stop();
              } finally {
                callback.run();
              }
            },
            "outbox-shutdown");
    stopping.start();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
