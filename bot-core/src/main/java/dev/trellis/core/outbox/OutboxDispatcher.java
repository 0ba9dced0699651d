package dev.trellis.core.outbox;

import dev.trellis.core.logging.LogContext;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due in the outbox through the chat platforms, at the pace each platform allows
 * rather than one message at a time: every org with messages due gets a sender of its own ({@link
 * OrgSender}), started once this instance holds the org's sending lease, so that however many
 * instances run, one sends for an org and the org's rate limits (kept in the adapters' memory)
 * hold. Each instance takes its share of the orgs due. Messages of one platform on their way at
 * once are bounded across orgs.
 *
 * <p>Passing failures are retried with backoff, throttling is waited out without counting it, and a
 * message is given up after the last attempt or a permanent failure. What went out is written down
 * before its send counts as done, with what other orgs sent meanwhile ({@link SentMarks}); a crash
 * before that sends it again once its claim's lease runs out, so a crash can repeat the messages on
 * their way but never lose one.
 *
 * <p>A person's message goes to the platform {@link RecipientRoutes} names first; when this service
 * is not connected to it, or it cannot reach the person, the other platform is tried before the
 * message is dead, and the dead letter gives both reasons. A person a platform called unreachable
 * gets no more tries there until they act there again. A group recipient is never checked against
 * or marked in that list: a group message failing (the workspace does not allow group DMs, one
 * member left) says nothing about any one member, who may well be reached in their own DM.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int MAX_ROUNDS_PER_DISPATCH = 1000;

  private final Outbox outbox;
  private final OrgSendingLeases leases;
  private final Clock clock;
  private final String owner;
  private final OutboxSettings settings;
  private final SendingContext context;
  private final Map<OrgId, Future<DispatchReport>> sending = new ConcurrentHashMap<>();
  private final ExecutorService orgSenders;
  private final ThreadPoolExecutor deliveries;
  private final AtomicBoolean stopping = new AtomicBoolean();

  /**
   * {@code unreachable}: who cannot be reached now (a message to them waits); {@code routes}: where
   * each person's message is tried first, and where next; {@code leases}: which instance sends for
   * an org.
   */
  public OutboxDispatcher(
      Outbox outbox,
      List<ChatPlatform> platforms,
      Clock clock,
      String owner,
      OutboxSettings settings,
      RandomGenerator random,
      UnreachableRecipients unreachable,
      RecipientRoutes routes,
      OrgSendingLeases leases) {
    this.outbox = outbox;
    this.leases = leases;
    this.clock = clock;
    this.owner = owner;
    this.settings = settings;
    Map<Platform, ChatPlatform> byPlatform = new EnumMap<>(Platform.class);
    platforms.forEach(p -> byPlatform.put(p.platform(), p));
    Map<Platform, Semaphore> permits = new EnumMap<>(Platform.class);
    for (Platform p : Platform.values()) {
      permits.put(p, new Semaphore(settings.perPlatformConcurrency()));
    }
    this.orgSenders = Executors.newCachedThreadPool(named("outbox-org-"));
    // As many threads as permits; a send handed over as another ends waits in the queue for a
    // thread rather than being refused.
    int threads = settings.perPlatformConcurrency() * Platform.values().length;
    this.deliveries =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            named("outbox-send-"));
    this.deliveries.allowCoreThreadTimeOut(true);
    RetryPolicy retry = new RetryPolicy(settings.firstBackoff(), settings.maxBackoff(), random);
    this.context =
        new SendingContext(
            outbox,
            leases,
            owner,
            settings,
            clock,
            new SendingAttempt(byPlatform, clock, settings, retry, unreachable),
            new AddressesInOrder(routes),
            unreachable,
            Collections.unmodifiableSet(byPlatform.keySet()),
            permits,
            deliveries,
            stopping,
            new SentMarks(outbox, owner),
            new OutboxMeters());
    Gauge.builder("trellis.outbox.orgs.sending", sending, Map::size)
        .description("Orgs this instance sends for now")
        .register(Metrics.globalRegistry);
  }

  /**
   * Starts a sender for each org with messages due that no other instance sends for, up to this
   * instance's share of them, and returns at once; answers how many it started.
   */
  public int startDue() {
    return startSenders().size();
  }

  private synchronized List<Future<DispatchReport>> startSenders() {
    List<Future<DispatchReport>> started = new ArrayList<>();
    if (stopping.get()) {
      return started;
    }
    Instant now = clock.instant();
    List<OrgId> due = outbox.orgsWithDue(now);
    if (due.isEmpty()) {
      return started;
    }
    // The orgs to share are those some instance sends for and those waiting for a sender (an org
    // being sent has its claimed messages out of "due", so due alone would shrink the share).
    int alive = leases.sendersAlive(owner, now, settings.orgLease());
    int toShare = leases.held(now) + due.size();
    int share = (toShare + alive - 1) / alive;
    for (OrgId orgId : due) {
      if (sending.size() >= share) {
        break;
      }
      if (!sending.containsKey(orgId)
          && leases.hold(orgId, owner, now, now.plus(settings.orgLease()))) {
        started.add(start(orgId));
      }
    }
    return started;
  }

  private Future<DispatchReport> start(OrgId orgId) {
    OrgSender sender = new OrgSender(orgId, context);
    FutureTask<DispatchReport> task =
        new FutureTask<>(
            () -> {
              try {
                return sender.send();
              } finally {
                sending.remove(orgId);
              }
            });
    sending.put(orgId, task);
    orgSenders.execute(LogContext.carried(task));
    return task;
  }

  /**
   * Sends everything due now and returns once it is sent or waits for later: for tests and an
   * admin's "send now"; the scheduler calls {@link #startDue()}.
   */
  public DispatchReport dispatchDue() {
    DispatchReport total = DispatchReport.NOTHING;
    for (int round = 0; round < MAX_ROUNDS_PER_DISPATCH; round++) {
      // Those started here, even if done already, and those a scheduler's tick started.
      List<Future<DispatchReport>> started = startSenders();
      Set<Future<DispatchReport>> running = Collections.newSetFromMap(new IdentityHashMap<>());
      running.addAll(started);
      running.addAll(sending.values());
      for (Future<DispatchReport> f : running) {
        total = total.plus(await(f));
      }
      if (started.isEmpty()) {
        break;
      }
    }
    return total;
  }

  private static DispatchReport await(Future<DispatchReport> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DispatchReport.NOTHING;
    } catch (ExecutionException e) {
      log.warn("An org's sender failed: {}", e.getCause().getClass().getSimpleName());
      return DispatchReport.NOTHING;
    }
  }

  /**
   * Stops sending: no new message is started, those on their way finish and are recorded, the rest
   * go back to the queue and the org leases are given up, within {@code grace}. {@link #resume()}
   * starts again.
   */
  public void stop(Duration grace) {
    stopping.set(true);
    long deadline = System.nanoTime() + grace.toNanos();
    for (Future<DispatchReport> f : new ArrayList<>(sending.values())) {
      try {
        f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        log.warn("An org's sender did not finish within {}", grace);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
  }

  /** Sends again after {@link #stop(Duration)} (a paused service that is started again). */
  public void resume() {
    stopping.set(false);
  }

  /** Stops for good, and ends the threads. */
  @Override
  public void close() {
    stop(settings.lease().dividedBy(4));
    orgSenders.shutdownNow();
    deliveries.shutdownNow();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
