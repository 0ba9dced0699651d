package dev.trellis.app.demo;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.oneonone.OneOnOneSteps;
import dev.trellis.core.oneonone.SendingAgendas;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.reflection.SendingReflectionPrompts;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.step.PlanningSteps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo does when a person first opens their chat with Trellis (installs it in the
 * Playground, or writes to it): sends them a reflection prompt now rather than on Friday, and a
 * manager the agenda of their next 1:1 with each report now rather than two hours before it. Both
 * go through the engine's own senders and the outbox, so the agenda shows only what the report
 * shared with this manager, as any agenda does. Once a person per run; an agenda is sent once per
 * 1:1 occurrence (the outbox's dedupe key), as it would be at its time.
 */
final class DemoGreeting {

  private static final Logger log = LoggerFactory.getLogger(DemoGreeting.class);

  /** How far ahead the next 1:1 is looked for: the demo's are weekly. */
  static final Duration AGENDA_LOOK_AHEAD = Duration.ofDays(8);

  private final People people;
  private final SendingReflectionPrompts prompts;
  private final SendingAgendas agendas;
  private final PlanningSteps planning;
  private final Clock clock;
  private final Set<String> greeted = ConcurrentHashMap.newKeySet();

  DemoGreeting(
      People people,
      SendingReflectionPrompts prompts,
      SendingAgendas agendas,
      PlanningSteps planning,
      Clock clock) {
    this.people = people;
    this.prompts = prompts;
    this.agendas = agendas;
    this.planning = planning;
    this.clock = clock;
  }

  /** The person with this AAD object id opened a chat with Trellis. */
  void firstContact(OrgId orgId, String aadObjectId) {
    if (!DemoOrg.ORG_ID.equals(orgId.value()) || !greeted.add(aadObjectId)) {
      return;
    }
    Optional<Person> person = people.findByTeamsAadObjectId(orgId, aadObjectId);
    if (person.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    boolean prompted = prompts.sendNow(person.get(), now).isPresent();
    int agendasSent = sendAgendas(person.get(), now);
    log.info(
        "Demo: a person opened their chat; {} prompt and {} agenda(s) queued",
        prompted ? "a" : "no",
        agendasSent);
  }

  /** The agenda of the next occurrence of each of the person's 1:1s as manager. */
  private int sendAgendas(Person manager, Instant now) {
    List<PlannedStep> next =
        planning
            .computePlan(manager.orgId(), PlanningWindow.between(now, now.plus(AGENDA_LOOK_AHEAD)))
            .steps()
            .stream()
            .filter(s -> s.kind().equals(OneOnOneSteps.AGENDA_NUDGE))
            .filter(s -> s.recipient().equals(manager.id()))
            .filter(s -> s.oneOnOneId().isPresent())
            .collect(
                Collectors.groupingBy(
                    s -> s.oneOnOneId().get(),
                    Collectors.minBy(Comparator.comparing(PlannedStep::dueAt))))
            .values()
            .stream()
            .flatMap(Optional::stream)
            .toList();
    if (next.isEmpty()) {
      return 0;
    }
    Map<PlannedStep, String> outcomes = agendas.run(next, now);
    return (int) outcomes.values().stream().filter("sent"::equals).count();
  }
}
