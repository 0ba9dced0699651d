package dev.trellis.app;

import org.springframework.context.annotation.Bean;

/**
 * Lets tests outside this package turn the service's clock-driven work by hand (with {@code
 * trellis.scheduling.enabled=false}): import {@link Wiring}.
 */
public final class ScheduledWorkAccess {

  private final ScheduledWork work;

  ScheduledWorkAccess(ScheduledWork work) {
    this.work = work;
  }

  public void runDueSteps() {
    work.runDueSteps();
  }

  public void dispatch() {
    work.dispatchOutbox();
  }

  public void planEveryOrg() {
    work.planEveryOrg();
  }

  /** Not a {@code @Configuration}, so component scanning never picks it up. */
  public static class Wiring {
    @Bean
    ScheduledWorkAccess scheduledWorkAccess(ScheduledWork work) {
      return new ScheduledWorkAccess(work);
    }
  }
}
