package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.outbox.RecordingPlatform.Received;
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
 * A manager in Berlin and her report in New York, two weeks from 20 October 2026: Europe leaves
 * summer time on 25 October, the United States on 1 November, so for one week the two are five
 * hours apart instead of six. Their weekly Wednesday 16:00 (Berlin) 1:1 must keep its local minute,
 * both reflection prompts their Friday 15:00, and an org holiday must move a prompt.
 */
class TwoWeeksAcrossDaylightSavingTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Duration TICK = Duration.ofMinutes(5);

  @Test
  void everyStepArrivesAtItsLocalMinuteAcrossBothClockChanges() {
    EngineHarness trellis =
        new EngineHarness(mongo.db(), Instant.parse("2026-10-20T00:00:00Z"), "one");
    Person maya =
        aPerson()
            .withName("Maya")
            .withSlackUserId("UMAYA0001")
            .withTimeZone("Europe/Berlin")
            .build();
    Person ray =
        aPerson()
            .withName("Ray")
            .withManager(maya)
            .withSlackUserId("URAY00001")
            .withTimeZone("America/New_York")
            .build();
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
                DayOfWeek.WEDNESDAY,
                LocalTime.of(16, 0),
                Duration.ofMinutes(30),
                ZoneId.of("Europe/Berlin"),
                LocalDate.parse("2026-10-21"))));
    trellis.holidays.replace(ACME, Set.of(LocalDate.parse("2026-10-30")));

    // Week 1, both on summer time: 16:15 Berlin is 14:15Z, 10:15 in New York.
    thenArrivesAt(trellis, "2026-10-21T14:15:00Z", "Last 15 minutes", maya, ray);
    thenArrivesAt(trellis, "2026-10-21T14:30:00Z", "After your 1:1", ray);
    // Friday reflections at 15:00 local: 13:00Z in Berlin, 19:00Z in New York.
    thenArrivesAt(trellis, "2026-10-23T13:00:00Z", "Time to reflect", maya);
    thenArrivesAt(trellis, "2026-10-23T19:00:00Z", "Time to reflect", ray);
    Response answer = trellis.reply(ray, "I want to try a stretch project in data engineering");

    // Week 2, Berlin on winter time, New York not yet: 16:15 Berlin is 15:15Z, 11:15 in NY.
    thenArrivesAt(trellis, "2026-10-28T13:00:00Z", "Agenda", maya);
    thenArrivesAt(trellis, "2026-10-28T15:15:00Z", "Last 15 minutes", maya, ray);
    // Friday 30 October is an org holiday: both reflections come on Thursday at 15:00 local.
    thenArrivesAt(trellis, "2026-10-29T14:00:00Z", "Time to reflect", maya);
    thenArrivesAt(trellis, "2026-10-29T19:00:00Z", "Time to reflect", ray);

    // Week 3, both on winter time: 16:15 Berlin is still 15:15Z, now 10:15 in New York.
    thenArrivesAt(trellis, "2026-11-04T15:15:00Z", "Last 15 minutes", maya, ray);

    assertThat(((Response.Reply) answer).message().text()).startsWith("Saved");
    assertThat(((Response.Reply) trellis.command(ray, "history")).message().text())
        .contains("stretch project in data engineering");
    assertThat(trellis.receivedBy(ray))
        .as("nothing Ray wrote reaches anyone while it is private")
        .noneMatch(r -> r.message().text().contains("stretch project"));
    assertThat(trellis.receivedBy(maya))
        .noneMatch(r -> r.message().text().contains("stretch project"));
  }

  /** Nothing with this header reaches them a minute early, and it does at the instant. */
  private static void thenArrivesAt(
      EngineHarness trellis, String instant, String header, Person... people) {
    Instant at = Instant.parse(instant);
    long[] before = new long[people.length];
    trellis.runUntil(ACME, at.minusSeconds(60), TICK);
    for (int i = 0; i < people.length; i++) {
      before[i] = count(trellis.receivedBy(people[i]), header);
    }
    trellis.runUntil(ACME, at, TICK);
    for (int i = 0; i < people.length; i++) {
      assertThat(count(trellis.receivedBy(people[i]), header))
          .as(header + " for " + people[i].name() + " at " + instant)
          .isEqualTo(before[i] + 1);
    }
  }

  private static long count(List<Received> received, String header) {
    return received.stream()
        .filter(r -> r.message().header().orElse("").startsWith(header))
        .count();
  }
}
