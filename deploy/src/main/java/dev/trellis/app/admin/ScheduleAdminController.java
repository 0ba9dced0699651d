package dev.trellis.app.admin;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.SkippedStep;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.PlanningSteps;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's coming steps: what the planner would plan for the next days, merged with the steps
 * already stored for them (a snooze, or steps planned before a change), which win because they are
 * what will run.
 */
@RestController
class ScheduleAdminController {

  static final int MAX_DAYS = 60;
  private static final int MAX_STORED = 500;

  private final Orgs orgs;
  private final People people;
  private final PlanningSteps planning;
  private final DueSteps dueSteps;
  private final Clock clock;
  private final AdminAudit audit;

  ScheduleAdminController(
      Orgs orgs,
      People people,
      PlanningSteps planning,
      DueSteps dueSteps,
      Clock clock,
      AdminAudit audit) {
    this.audit = audit;
    this.orgs = orgs;
    this.people = people;
    this.planning = planning;
    this.dueSteps = dueSteps;
    this.clock = clock;
  }

  /**
   * One coming step: {@code local} in the recipient's zone with its offset, {@code utc} the same
   * instant; {@code stored} when it is already in the durable schedule.
   */
  record StepView(String kind, String local, String utc, String key, boolean stored) {
    static StepView of(PlannedStep step, boolean stored) {
      return new StepView(
          step.kind().name(),
          isoOffset(step.local()),
          step.dueAt().toString(),
          step.key().value(),
          stored);
    }
  }

  /** A step that will not happen, when it would have, and why (HOLIDAY, PAUSED, ...). */
  record SkippedView(String kind, String local, String utc, String key, String reason) {
    static SkippedView of(SkippedStep step, ZoneId zone) {
      return new SkippedView(
          step.kind().name(),
          isoOffset(step.intendedAt().atZone(zone)),
          step.intendedAt().toString(),
          step.key().value(),
          step.reason().name());
    }
  }

  /** A person's schedule over {@code [from, to)}, soonest first. */
  record ScheduleView(
      String email,
      String timeZone,
      String from,
      String to,
      List<StepView> steps,
      List<SkippedView> skipped) {}

  @GetMapping("/api/admin/orgs/{orgId}/people/{email}/schedule")
  ScheduleView schedule(
      @PathVariable String orgId,
      @PathVariable String email,
      @RequestParam(defaultValue = "14") int days,
      HttpServletRequest request) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    Person person = PersonPaths.existing(people, id, email);
    audit.record(request, id, "read schedule", person.id());
    if (days < 1 || days > MAX_DAYS) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST, "days must be 1 to " + MAX_DAYS + ", not " + days);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    PlanningWindow window = PlanningWindow.between(now, now.plus(Duration.ofDays(days)));
    StepPlan plan = planning.computePlan(id, window);
    List<PlannedStep> stored = dueSteps.upcoming(id, person.id(), MAX_STORED);
    Set<String> storedKeys =
        stored.stream().map(s -> s.key().value()).collect(Collectors.toUnmodifiableSet());
    Stream<StepView> planned =
        plan.steps().stream()
            .filter(s -> s.recipient().equals(person.id()))
            .filter(s -> !storedKeys.contains(s.key().value()))
            .map(s -> StepView.of(s, false));
    Stream<StepView> kept =
        stored.stream().filter(s -> window.contains(s.dueAt())).map(s -> StepView.of(s, true));
    List<StepView> steps =
        Stream.concat(planned, kept)
            .sorted(
                Comparator.comparing((StepView s) -> Instant.parse(s.utc()))
                    .thenComparing(StepView::key))
            .toList();
    List<SkippedView> skipped =
        plan.skipped().stream()
            .filter(s -> s.recipient().equals(person.id()))
            .map(s -> SkippedView.of(s, person.timeZone()))
            .toList();
    return new ScheduleView(
        person.email().value(),
        person.timeZone().getId(),
        window.from().toString(),
        window.to().toString(),
        steps,
        skipped);
  }

  private static String isoOffset(ZonedDateTime time) {
    return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
