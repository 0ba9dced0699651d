package dev.trellis.core.step;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoDueSteps;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoPeople;
import dev.trellis.core.infra.mongo.MongoPeopleSettings;
import dev.trellis.core.schedule.Attendee;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepCollector;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Planning asks each registered {@link StepSource}: a feature's new kind of step is planned,
 * stored, read back and re-planned without the generic planner knowing it.
 */
class PlanningStepsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final StepKind FEEDBACK_REMINDER = StepKind.of("FEEDBACK_REMINDER");
  private static final Instant NOW = Instant.parse("2026-11-18T09:00:00Z");

  @Test
  void aFeaturesOwnKindOfStepIsPlannedStoredAndReadBack() {
    MongoDatabase db = mongo.db();
    Person ada = aPerson().inOrg(ACME).build();
    new MongoPeople(db).saveAll(ACME, List.of(ada));
    DueSteps steps = new MongoDueSteps(db);

    PlanningSteps.Report report = planning(db, steps).plan(ACME);

    assertThat(report.newlyPlanned()).isEqualTo(1);
    assertThat(steps.upcoming(ACME, ada.id(), 10))
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.kind()).isSameAs(FEEDBACK_REMINDER);
              assertThat(step.key().value()).isEqualTo("feedback:" + ada.id() + ":2026-11-18");
              assertThat(step.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
            });
  }

  @Test
  void replanningWithdrawsTheSourcesOwnKeysAndKeepsOneOffSteps() {
    MongoDatabase db = mongo.db();
    Person ada = aPerson().inOrg(ACME).build();
    new MongoPeople(db).saveAll(ACME, List.of(ada));
    DueSteps steps = new MongoDueSteps(db);
    PlanningSteps planning = planning(db, steps);
    planning.plan(ACME);
    steps.plan(List.of(step(ada, "snooze-feedback:1", NOW.plus(Duration.ofHours(3)))));

    PlanningSteps.Report again = new ReplanningOrg(steps, planning).replan(ACME);

    assertThat(again.newlyPlanned()).as("the withdrawn step, planned again").isEqualTo(1);
    assertThat(steps.upcoming(ACME, ada.id(), 10))
        .extracting(s -> s.key().value())
        .containsExactly("feedback:" + ada.id() + ":2026-11-18", "snooze-feedback:1");
  }

  private static PlanningSteps planning(MongoDatabase db, DueSteps steps) {
    return new PlanningSteps(
        new MongoPeople(db),
        new MongoPeopleSettings(db),
        new MongoHolidays(db),
        steps,
        () -> List.of(new FeedbackReminders()),
        new TestClock(NOW),
        Duration.ofHours(48));
  }

  private static PlannedStep step(Person person, String key, Instant at) {
    return new PlannedStep(
        FEEDBACK_REMINDER,
        person.orgId(),
        person.id(),
        at,
        at.atZone(person.timeZone()),
        new OccurrenceKey(key),
        Optional.empty());
  }

  /** A feature's source, as a new feature would write it: one reminder two hours from now. */
  private static final class FeedbackReminders implements StepSource {

    @Override
    public Set<StepKind> kinds() {
      return Set.of(FEEDBACK_REMINDER);
    }

    @Override
    public Set<String> keyPrefixes() {
      return Set.of("feedback:");
    }

    @Override
    public StepPlan plan(PlanningOrg org, PlanningWindow window) {
      StepCollector steps = new StepCollector(org.orgId(), Optional.empty(), window);
      Instant due = NOW.plus(Duration.ofHours(2));
      for (Person person : org.people()) {
        Attendee to = new Attendee(person.id(), org.availabilityOf(person.id()).orElseThrow());
        steps.plan(
            FEEDBACK_REMINDER,
            to,
            due,
            new OccurrenceKey(
                "feedback:" + person.id() + ":" + due.atZone(person.timeZone()).toLocalDate()));
      }
      return steps.toPlan();
    }
  }
}
