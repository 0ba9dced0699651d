package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.InboundHandler;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.infra.mongo.MongoInbox;
import dev.trellis.core.privacy.TextCipher;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests from the platforms are stored in the inbox before they are acknowledged and handled on a
 * small pool of worker threads; the scheduler sweeps the inbox for what a crash left behind.
 */
@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

  /** How long an instance holds a claimed request; after a crash it is handled again then. */
  static final Duration INBOX_LEASE = Duration.ofMinutes(1);

  /**
   * Workers handling requests; each claims a few at a time (see {@link HandlingInbound}), so a
   * burst is shared. Much of a request's time is spent waiting for the database, hence more workers
   * than a small machine has cores.
   */
  private static final int WORKERS = 4;

  private static final int WAITING = 10_000;

  @Bean
  Inbox inbox(MongoDatabase db, TextCipher cipher) {
    return new MongoInbox(db, cipher);
  }

  @Bean(destroyMethod = "shutdown")
  ExecutorService inboundWorkers() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        WORKERS,
        WORKERS,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(WAITING),
        task -> {
          Thread thread = new Thread(task, "inbound-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  @Bean
  HandlingInbound handlingInbound(
      Inbox inbox,
      ObjectProvider<InboundHandler> handlers,
      Clock clock,
      InstanceId instance,
      ExecutorService inboundWorkers) {
    return new HandlingInbound(
        inbox,
        handlers.orderedStream().toList(),
        clock,
        instance.value(),
        INBOX_LEASE,
        inboundWorkers);
  }
}
