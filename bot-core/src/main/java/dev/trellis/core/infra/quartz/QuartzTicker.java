package dev.trellis.core.infra.quartz;

import dev.trellis.core.logging.LogContext;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The clock of the service: Quartz, with its in-memory store, runs each tick (plan what is due,
 * dispatch the outbox, …) at its interval on every instance. Quartz holds no state worth keeping:
 * the durable schedule and the claims live in MongoDB, so instances share work through leases
 * there, and a restart loses nothing.
 */
public final class QuartzTicker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QuartzTicker.class);
  private static final String TASK = "task";

  /** A task run every {@code interval}; one run at a time. */
  public record Tick(String name, Duration interval, Runnable task) {}

  private final Scheduler scheduler;

  private QuartzTicker(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  public static QuartzTicker start(String instanceName, List<Tick> ticks) {
    try {
      Properties properties = new Properties();
      // Quartz keeps schedulers in a JVM-wide registry by name: make each one's name unique, so
      // two services in one JVM (as in tests) get a scheduler each.
      properties.setProperty(
          "org.quartz.scheduler.instanceName", instanceName + "-" + UUID.randomUUID());
      properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
      properties.setProperty(
          "org.quartz.threadPool.threadCount", String.valueOf(Math.max(1, ticks.size())));
      properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
      Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
      for (Tick tick : ticks) {
        scheduler.scheduleJob(job(tick), trigger(tick));
      }
      scheduler.start();
      return new QuartzTicker(scheduler);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Cannot start the Quartz scheduler", e);
    }
  }

  private static JobDetail job(Tick tick) {
    JobDataMap data = new JobDataMap();
    data.put(TASK, tick.task());
    return JobBuilder.newJob(TickJob.class).withIdentity(tick.name()).usingJobData(data).build();
  }

  private static Trigger trigger(Tick tick) {
    return TriggerBuilder.newTrigger()
        .withIdentity(tick.name())
        .startNow()
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(tick.interval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }

  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("Quartz did not shut down cleanly: {}", e.getMessage());
    }
  }

  /** Runs the task of its tick; a failure is logged and the next tick tries again. */
  @DisallowConcurrentExecution
  public static final class TickJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      Runnable task = (Runnable) context.getMergedJobDataMap().get(TASK);
      try (MDC.MDCCloseable run =
          LogContext.newCorrelation(context.getJobDetail().getKey().getName())) {
        task.run();
      } catch (RuntimeException e) {
        log.error("Tick {} failed", context.getJobDetail().getKey().getName(), e);
      }
    }
  }
}
