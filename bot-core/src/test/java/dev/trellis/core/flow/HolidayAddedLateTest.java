package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.oneonone.OneOnOneSteps;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.reflection.ReflectionSteps;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An admin declares tomorrow a holiday after tomorrow's steps were planned: nothing arrives on the
 * holiday, and the reflection prompt moves to today as if the holiday had always been known.
 */
class HolidayAddedLateTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final LocalDate FRIDAY = LocalDate.parse("2026-11-20");

  @Test
  void aHolidayDeclaredTheDayBeforeMovesThePromptAndCancelsTheOneOnOneNudges() {
    EngineHarness trellis =
        new EngineHarness(mongo.db(), Instant.parse("2026-11-18T00:00:00Z"), "one");
    Person maya = aPerson().withName("Maya").withSlackUserId("UMAYA0001").build();
    Person ray = aPerson().withName("Ray").withManager(maya).withSlackUserId("URAY00001").build();
    trellis.add(maya, ray);
    trellis.oneOnOnes.saveAll(
        ACME,
        List.of(
            new OneOnOne(
                OneOnOneId.random(),
                ACME,
                maya.id(),
                ray.id(),
                Cadence.WEEKLY,
                DayOfWeek.FRIDAY,
                LocalTime.of(10, 0),
                Duration.ofMinutes(30),
                ZoneId.of("Europe/Berlin"),
                FRIDAY)));
    trellis.runUntil(ACME, Instant.parse("2026-11-19T08:00:00Z"), Duration.ofMinutes(15));
    assertThat(kindsOn(trellis.steps.upcoming(ACME, maya.id(), 20), FRIDAY))
        .contains(ReflectionSteps.REFLECTION_PROMPT, OneOnOneSteps.LAST_15_MINUTES);

    trellis.holidays.replace(ACME, Set.of(FRIDAY));
    trellis.replanning.replan(ACME);

    assertThat(kindsOn(trellis.steps.upcoming(ACME, maya.id(), 20), FRIDAY)).isEmpty();
    Duration tick = Duration.ofMinutes(5);
    trellis.runUntil(ACME, Instant.parse("2026-11-19T13:59:00Z"), tick);
    assertThat(reflectionPrompts(trellis.receivedBy(maya))).isZero();
    trellis.runUntil(ACME, Instant.parse("2026-11-19T14:00:00Z"), tick);
    assertThat(reflectionPrompts(trellis.receivedBy(maya)))
        .as("Thursday 15:00 in Berlin, the working day before the holiday")
        .isEqualTo(1);

    trellis.runUntil(ACME, Instant.parse("2026-11-19T23:00:00Z"), tick);
    int beforeTheHoliday = trellis.slack.received().size();
    trellis.runUntil(ACME, Instant.parse("2026-11-21T00:00:00Z"), tick);
    assertThat(trellis.slack.received()).hasSize(beforeTheHoliday);
    assertThat(reflectionPrompts(trellis.receivedBy(ray))).isEqualTo(1);
    assertThat(trellis.receivedBy(maya))
        .noneMatch(r -> r.message().header().orElse("").startsWith("Agenda"));
  }

  private static long reflectionPrompts(List<Received> received) {
    return received.stream()
        .filter(r -> r.message().header().orElse("").startsWith("Time to reflect"))
        .count();
  }

  private static List<StepKind> kindsOn(List<PlannedStep> steps, LocalDate day) {
    return steps.stream()
        .filter(s -> s.local().toLocalDate().equals(day))
        .map(PlannedStep::kind)
        .toList();
  }
}
