package dev.trellis.app;

import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.DispatchReport;
import dev.trellis.core.outbox.OutboxDispatcher;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.core.step.RunningDueSteps;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the clock triggers: each method calls one core use case and logs one line when the run did
 * something (a quiet run logs nothing, so the log shows work, not ticks).
 */
final class ScheduledWork {

  private static final Logger log = LoggerFactory.getLogger(ScheduledWork.class);
  static final Duration INBOX_MEMORY = Duration.ofDays(1);

  private final Orgs orgs;
  private final PlanningSteps planning;
  private final RunningDueSteps runningDueSteps;
  private final OutboxDispatcher dispatcher;
  private final HandlingInbound inbound;
  private final Inbox inbox;
  private final Clock clock;

  ScheduledWork(
      Orgs orgs,
      PlanningSteps planning,
      RunningDueSteps runningDueSteps,
      OutboxDispatcher dispatcher,
      HandlingInbound inbound,
      Inbox inbox,
      Clock clock) {
    this.orgs = orgs;
    this.planning = planning;
    this.runningDueSteps = runningDueSteps;
    this.dispatcher = dispatcher;
    this.inbound = inbound;
    this.inbox = inbox;
    this.clock = clock;
  }

  /** What one planning run of every org did. */
  record PlanningReport(int orgs, int newlyPlanned, int skipped, int failedOrgs) {}

  /** Plans every org in turn; one org failing does not keep the others from being planned. */
  PlanningReport planEveryOrg() {
    int count = 0;
    int added = 0;
    int skipped = 0;
    int failed = 0;
    for (Org org : orgs.findAll()) {
      count++;
      try {
        PlanningSteps.Report report = planning.plan(org.id());
        added += report.newlyPlanned();
        skipped += report.skipped();
      } catch (RuntimeException e) {
        failed++;
        log.error("Planning org {} failed; the next run tries again", org.id(), e);
      }
    }
    PlanningReport report = new PlanningReport(count, added, skipped, failed);
    if (added > 0 || failed > 0) {
      log.info(
          "Planning: {} new steps in {} orgs ({} skipped by holidays, pauses or days off{})",
          added,
          count,
          skipped,
          failed > 0 ? "; " + failed + " orgs failed" : "");
    }
    return report;
  }

  RunningDueSteps.Report runDueSteps() {
    RunningDueSteps.Report report = runningDueSteps.runDue();
    if (report.ran() > 0 || report.droppedLate() > 0) {
      log.info("Steps: {} run, {} dropped as too late", report.ran(), report.droppedLate());
    }
    return report;
  }

  /** Handles requests a crash or a full worker queue left in the inbox. */
  HandlingInbound.Report sweepInbox() {
    HandlingInbound.Report report = inbound.handleDue();
    if (report.handled() > 0 || report.retried() > 0 || report.gaveUp() > 0) {
      log.info(
          "Inbox: {} handled, {} to retry, {} given up",
          report.handled(),
          report.retried(),
          report.gaveUp());
    }
    return report;
  }

  /** Platforms retry a request within minutes; a day later its key need not be remembered. */
  int forgetOldInboxKeys() {
    return inbox.forgetFinishedBefore(clock.instant().minus(INBOX_MEMORY));
  }

  /** Starts a sender for each org with messages due; they report when they finish. */
  void startDispatching() {
    dispatcher.startDue();
  }

  /** Sends what is due and waits until it is sent (tests). */
  DispatchReport dispatchOutbox() {
    DispatchReport report = dispatcher.dispatchDue();
    if (report.claimed() > 0) {
      log.info(
          "Outbox: {} sent, {} retried, {} throttled, {} dead",
          report.sent(),
          report.retried(),
          report.throttled(),
          report.dead());
    }
    return report;
  }
}
