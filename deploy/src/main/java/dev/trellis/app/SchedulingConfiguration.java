package dev.trellis.app;

import dev.trellis.core.feature.Routes;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.infra.quartz.QuartzTicker;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.OutboxDispatcher;
import dev.trellis.core.schedule.LatePolicy;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.core.step.RunningDueSteps;
import dev.trellis.core.step.StepHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock of the service. Quartz, in memory on every instance, ticks three kinds of work: plan
 * every org ({@code TRELLIS_PLANNING_INTERVAL}), run the steps that are due ({@code
 * TRELLIS_STEP_INTERVAL}) and dispatch the outbox ({@code TRELLIS_DISPATCH_INTERVAL}). What must
 * survive a restart (planned steps, messages) lives in MongoDB, claimed under leases, so instances
 * share the work and none of it runs twice.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

  /** How long an instance holds the steps it claimed; after a crash they are due again then. */
  static final Duration STEP_LEASE = Duration.ofMinutes(5);

  /** How often the inbox is swept for requests a crash or a full worker queue left behind. */
  static final Duration INBOX_SWEEP = Duration.ofSeconds(10);

  @Bean
  InstanceId instanceId() {
    return InstanceId.create();
  }

  @Bean
  LatePolicy latePolicy(TrellisProperties properties) {
    return new LatePolicy(properties.scheduling().maxLateness());
  }

  @Bean
  RunningDueSteps runningDueSteps(
      DueSteps steps,
      Routes routes,
      NudgeRule nudges,
      LatePolicy latePolicy,
      Clock clock,
      InstanceId instance) {
    List<StepHandler> all = routes.stepHandlers();
    requireOneHandlerPerKind(all, routes.plannedKinds());
    return new RunningDueSteps(steps, all, nudges, latePolicy, clock, instance.value(), STEP_LEASE);
  }

  @Bean
  ScheduledWork scheduledWork(
      Orgs orgs,
      PlanningSteps planning,
      RunningDueSteps runningDueSteps,
      OutboxDispatcher dispatcher,
      HandlingInbound inbound,
      Inbox inbox,
      Clock clock) {
    return new ScheduledWork(orgs, planning, runningDueSteps, dispatcher, inbound, inbox, clock);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(
      name = "trellis.scheduling.enabled",
      havingValue = "true",
      matchIfMissing = true)
  QuartzTicker quartzTicker(
      ScheduledWork work, TrellisProperties properties, ObjectProvider<QuartzTicker.Tick> more) {
    TrellisProperties.Scheduling scheduling = properties.scheduling();
    List<QuartzTicker.Tick> ticks =
        new ArrayList<>(
            List.of(
                new QuartzTicker.Tick(
                    "plan-every-org", scheduling.planningInterval(), work::planEveryOrg),
                new QuartzTicker.Tick(
                    "run-due-steps", scheduling.stepInterval(), work::runDueSteps),
                new QuartzTicker.Tick(
                    "outbox-dispatch", scheduling.dispatchInterval(), work::startDispatching),
                new QuartzTicker.Tick("inbox-sweep", INBOX_SWEEP, work::sweepInbox),
                new QuartzTicker.Tick(
                    "inbox-forget", Duration.ofHours(1), work::forgetOldInboxKeys)));
    // Adapters add their own, such as the daily Slack directory sync.
    more.orderedStream().forEach(ticks::add);
    return QuartzTicker.start("trellis", ticks);
  }

  /**
   * Two handlers of one kind would silently replace each other in the runner, so that stops
   * start-up; a planned kind with no handler yet is logged, as its steps end as "skipped: no
   * handler".
   */
  static void requireOneHandlerPerKind(List<StepHandler> handlers, List<StepKind> planned) {
    Map<StepKind, StepHandler> byKind = new LinkedHashMap<>();
    for (StepHandler handler : handlers) {
      StepHandler other = byKind.putIfAbsent(handler.kind(), handler);
      if (other != null) {
        throw new IllegalStateException(
            "Two step handlers for "
                + handler.kind()
                + ": "
                + other.getClass().getName()
                + " and "
                + handler.getClass().getName()
                + ". Declare one StepHandler bean per step kind.");
      }
    }
    List<StepKind> missing = new ArrayList<>(planned);
    missing.removeAll(byKind.keySet());
    if (!missing.isEmpty()) {
      log.info(
          "No step handler for {} in this build: such steps are recorded as skipped when due",
          missing);
    }
  }
}
