package dev.trellis.core.outbox;

import dev.trellis.core.logging.LogContext;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one org's due messages while this instance holds the org's sending lease: claims a batch
 * (at most the batch size, oldest first), sends up to {@code perOrgConcurrency} of them at once,
 * one at a time per recipient and in order, and claims the next batch when this one is done. What
 * went out is written down by the instance's {@link SentMarks}.
 *
 * <p>A rate limit answers how long to wait. A wait that holds back the whole org stops every send
 * of the org; one that holds back a message (a method's or a conversation's limit) stops only that
 * message, and those behind it for the same recipient, while the rest go on. Waits up to {@code
 * shortWait} are waited here; a longer one ends the batch: what is left goes back to the queue in
 * one write, due when it may be sent, and a held org's lease is left free only from then, so no
 * instance claims its messages before. A batch also ends a fifth of the claim's lease before it
 * runs out, so no message is sent after another instance could have claimed it.
 */
final class OrgSender {

  private static final Logger log = LoggerFactory.getLogger(OrgSender.class);

  /** How often a sender with ready messages but no free permit looks again. */
  private static final Duration BUSY_POLL = Duration.ofMillis(20);

  private final OrgId orgId;
  private final SendingContext context;
  private Instant leaseRenewAt;

  OrgSender(OrgId orgId, SendingContext context) {
    this.orgId = orgId;
    this.context = context;
    this.leaseRenewAt = context.clock().instant().plus(context.settings().orgLease().dividedBy(3));
  }

  /** Sends until nothing of the org is due, it must wait long, or the instance stops. */
  DispatchReport send() {
    LogContext.putOrg(orgId);
    DispatchReport total = DispatchReport.NOTHING;
    Instant freeFrom = null;
    try {
      while (!context.stopping().get()) {
        Instant now = context.clock().instant();
        Instant leaseUntil = now.plus(context.settings().lease());
        List<OutboxEntry> claimed =
            context
                .outbox()
                .claimDue(orgId, context.owner(), now, leaseUntil, context.settings().batchSize());
        if (claimed.isEmpty()) {
          break;
        }
        Batch batch = new Batch(claimed, leaseUntil);
        total = total.plus(batch.send());
        if (batch.endedEarly) {
          freeFrom = batch.orgHeldUntil;
          break;
        }
      }
    } finally {
      if (total.claimed() > 0) {
        log.info(
            "Outbox for org {}: {} sent, {} retried, {} held by a rate limit, {} dead",
            orgId,
            total.sent(),
            total.retried(),
            total.throttled(),
            total.dead());
      }
      Instant now = context.clock().instant();
      context.leases().release(orgId, context.owner(), now, freeFrom != null ? freeFrom : now);
      LogContext.removeOrg();
    }
    return total;
  }

  private boolean renewLease(Instant now) {
    if (now.isBefore(leaseRenewAt)) {
      return true;
    }
    leaseRenewAt = now.plus(context.settings().orgLease().dividedBy(3));
    return context
        .leases()
        .hold(orgId, context.owner(), now, now.plus(context.settings().orgLease()));
  }

  /** A claimed message on its way: its place in the batch, its route, when it may go. */
  private record Pending(
      int seq, OutboxEntry entry, List<Recipient> route, Instant notBefore, String waitsFor) {

    Pending waitingUntil(Instant until, String reason) {
      return new Pending(seq, entry, route, until, reason);
    }
  }

  private record Finished(Pending pending, Attempted attempted, Duration took) {}

  /** One claimed batch; used by one thread, the org sender's, but for the sends it hands out. */
  private final class Batch {
    private final TreeMap<Integer, Pending> waiting = new TreeMap<>();
    private final Map<Integer, Pending> inFlight = new HashMap<>();
    private final Set<Recipient> busy = new HashSet<>();
    private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
    private final Set<Recipient> unreachableNow;
    private final Instant stopSendingAt;
    private final int claimedCount;
    private Instant orgHeldUntil = Instant.MIN;
    private boolean endedEarly;
    private boolean readyButBusy;
    private int sentCount;
    private int retried;
    private int throttled;
    private int dead;

    Batch(List<OutboxEntry> claimed, Instant leaseUntil) {
      Map<Recipient, List<Recipient>> routes =
          context.addresses().inOrder(claimed, context.connected());
      this.unreachableNow =
          context
              .unreachable()
              .among(
                  routes.values().stream()
                      .flatMap(List::stream)
                      .filter(r -> !r.isGroup())
                      .distinct()
                      .toList());
      Instant now = context.clock().instant();
      for (int i = 0; i < claimed.size(); i++) {
        OutboxEntry entry = claimed.get(i);
        waiting.put(i, new Pending(i, entry, routes.get(entry.recipient()), now, null));
      }
      this.claimedCount = claimed.size();
      this.stopSendingAt = leaseUntil.minus(context.settings().lease().dividedBy(5));
    }

    DispatchReport send() {
      boolean stop = false;
      while (true) {
        for (Finished f = finished.poll(); f != null; f = finished.poll()) {
          record(f);
        }
        Instant now = context.clock().instant();
        if (!stop) {
          stop = mustStop(now);
        }
        if (!stop) {
          submitReady(now);
        }
        if (inFlight.isEmpty() && (stop || waiting.isEmpty())) {
          break;
        }
        Duration wait = stop ? BUSY_POLL : nextWait(now);
        if (inFlight.isEmpty() && wait.compareTo(context.settings().shortWait()) > 0) {
          endedEarly = orgHeldUntil.isAfter(now);
          break;
        }
        if (!awaitFinished(wait) && inFlight.isEmpty() && !context.clock().instant().isAfter(now)) {
          // A clock that does not move (a test's) would never end the wait.
          break;
        }
      }
      putBackWaiting();
      return new DispatchReport(claimedCount, sentCount, retried, throttled, dead);
    }

    private boolean mustStop(Instant now) {
      if (context.stopping().get() || !now.isBefore(stopSendingAt) || !renewLease(now)) {
        return true;
      }
      if (Duration.between(now, orgHeldUntil).compareTo(context.settings().shortWait()) > 0) {
        endedEarly = true;
        return true;
      }
      return false;
    }

    private void submitReady(Instant now) {
      readyButBusy = false;
      if (orgHeldUntil.isAfter(now)) {
        return;
      }
      Set<Recipient> behind = new HashSet<>(busy);
      Iterator<Pending> it = waiting.values().iterator();
      while (it.hasNext() && inFlight.size() < context.settings().perOrgConcurrency()) {
        Pending p = it.next();
        if (!behind.add(p.entry().recipient()) || p.notBefore().isAfter(now)) {
          continue;
        }
        Semaphore permit = context.permits().get(p.route().get(0).platform());
        if (!permit.tryAcquire()) {
          // The platform's sends are all taken: looking further down a batch of hundreds each
          // time one ends would cost more than the rare message of the org's other platform
          // waiting until one frees.
          readyButBusy = true;
          break;
        }
        it.remove();
        inFlight.put(p.seq(), p);
        busy.add(p.entry().recipient());
        context.deliveries().execute(LogContext.carried(() -> attempt(p, permit)));
      }
      if (!waiting.isEmpty() && inFlight.size() >= context.settings().perOrgConcurrency()) {
        readyButBusy = true;
      }
    }

    private void attempt(Pending p, Semaphore permit) {
      long started = System.nanoTime();
      Attempted attempted;
      try {
        attempted = context.attempt().attempt(p.entry(), p.route(), unreachableNow);
        if (attempted instanceof Attempted.Sent s) {
          context.sentMarks().record(s.sent());
        }
      } catch (RuntimeException | Error e) {
        // Whatever happened, the sender must hear of it, or it would wait for this send forever.
        Platform platform = p.route().get(0).platform();
        Instant at = context.clock().instant().plus(context.settings().firstBackoff());
        attempted = new Attempted.Retry(platform, at, e.getClass().getSimpleName());
      } finally {
        permit.release();
      }
      finished.add(new Finished(p, attempted, Duration.ofNanos(System.nanoTime() - started)));
    }

    /**
     * How long until something may be sent: a held time running out (only the first waiting message
     * of each recipient counts, the others go after it), or a permit freeing.
     */
    private Duration nextWait(Instant now) {
      if (readyButBusy) {
        return BUSY_POLL;
      }
      Map<Recipient, Instant> firstOfEach = new HashMap<>();
      for (Pending p : waiting.values()) {
        if (!busy.contains(p.entry().recipient())) {
          firstOfEach.putIfAbsent(p.entry().recipient(), p.notBefore());
        }
      }
      Instant next = firstOfEach.values().stream().min(Instant::compareTo).orElse(null);
      if (orgHeldUntil.isAfter(now) && (next == null || orgHeldUntil.isAfter(next))) {
        next = orgHeldUntil;
      }
      if (next == null || !next.isAfter(now)) {
        return BUSY_POLL;
      }
      return Duration.between(now, next);
    }

    /** Waits up to {@code wait} for a send to finish; answers whether one did. */
    private boolean awaitFinished(Duration wait) {
      if (wait.isZero()) {
        return false;
      }
      try {
        Finished f = finished.poll(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        if (f != null) {
          record(f);
          return true;
        }
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        context.stopping().set(true);
        return false;
      }
    }

    private void record(Finished f) {
      Pending p = f.pending();
      inFlight.remove(p.seq());
      busy.remove(p.entry().recipient());
      Attempted a = f.attempted();
      Instant now = context.clock().instant();
      if (a instanceof Attempted.Sent s) {
        sentCount++;
        context.meters().sent(s.platform(), f.took());
      } else if (a instanceof Attempted.Held h) {
        throttled++;
        context.meters().throttled(h.platform());
        if (h.holds() == Delivery.Holds.ORG && h.until().isAfter(orgHeldUntil)) {
          orgHeldUntil = h.until();
        }
        waiting.put(p.seq(), p.waitingUntil(h.until(), h.reason()));
      } else if (a instanceof Attempted.Retry r) {
        retried++;
        context.meters().retried(r.platform());
        context.outbox().reschedule(context.owner(), p.entry(), r.at(), true, r.reason());
      } else if (a instanceof Attempted.Dead d) {
        dead++;
        context.meters().dead(d.platform());
        log.warn("Outbox message {} is dead: {}", p.entry().key(), d.reason());
        context.outbox().markDead(context.owner(), p.entry(), d.reason(), now);
      }
    }

    private void putBackWaiting() {
      if (waiting.isEmpty()) {
        return;
      }
      Instant now = context.clock().instant();
      List<Outbox.Waiting> back = new ArrayList<>();
      // A message behind a held one to the same person stays behind it.
      Map<Recipient, Instant> personDue = new HashMap<>();
      for (Pending p : waiting.values()) {
        Instant due = latest(now, latest(p.notBefore(), orgHeldUntil));
        due = latest(due, personDue.getOrDefault(p.entry().recipient(), due));
        personDue.put(p.entry().recipient(), due);
        String reason = p.waitsFor() != null ? p.waitsFor() : "its sender stopped before its turn";
        back.add(new Outbox.Waiting(p.entry(), due, reason));
      }
      context.outbox().putBack(context.owner(), back);
      waiting.clear();
    }

    private static Instant latest(Instant a, Instant b) {
      return a.isAfter(b) ? a : b;
    }
  }
}
