package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.goal.QuarterlyMapSteps;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.step.NudgeDays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Once a quarter each person is asked to look at their career map, on their own day and at their
 * own time, as a nudge: never on a day they already had one, never in quiet hours or on a day off.
 */
class QuarterlyMapPromptTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant Q1_START = Instant.parse("2027-01-01T00:00:00Z");
  static final Instant Q2_START = Instant.parse("2027-04-01T00:00:00Z");
  static final List<String> ZONES =
      List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London");
  static final String MAP_PROMPT = "Your career map, this quarter";

  @Test
  void everyoneHasOneMapPromptAQuarterSpreadOverItsDaysOnWorkingDaysOutsideQuietHours() {
    EngineHarness trellis = new EngineHarness(mongo.db(), Q1_START, "one", true);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      people.add(person("p" + i, ZONES.get(i % ZONES.size())));
    }
    trellis.add(people.toArray(Person[]::new));

    List<PlannedStep> prompts =
        trellis.planning.computePlan(ACME, new PlanningWindow(Q1_START, Q2_START)).steps().stream()
            .filter(s -> s.kind().equals(QuarterlyMapSteps.MAP_PROMPT))
            .toList();

    assertThat(prompts).hasSize(people.size());
    assertThat(prompts.stream().map(PlannedStep::recipient).distinct()).hasSize(people.size());
    assertThat(prompts)
        .allSatisfy(
            s -> {
              assertThat(s.key().value()).isEqualTo("goalmap:" + s.recipient() + ":2027-Q1");
              assertThat(s.local().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
              assertThat(s.local().toLocalTime())
                  .isBetween(LocalTime.of(8, 0), LocalTime.of(19, 0));
            });
    Map<LocalDate, Long> perDay =
        prompts.stream()
            .collect(Collectors.groupingBy(s -> s.local().toLocalDate(), Collectors.counting()));
    assertThat(perDay.size()).as("days the prompts fall on").isGreaterThanOrEqualTo(16);
    assertThat(perDay.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
    assertThat(
            trellis
                .planning
                .computePlan(ACME, new PlanningWindow(Q1_START, Q2_START))
                .steps()
                .stream()
                .filter(s -> s.kind().equals(QuarterlyMapSteps.MAP_PROMPT))
                .toList())
        .as("the same plan again")
        .isEqualTo(prompts);
  }

  @Test
  void onADayThatAlreadyHadANudgeTheMapPromptWaitsForTheNextFreeWorkingDay() {
    EngineHarness trellis = new EngineHarness(mongo.db(), Q1_START, "one", true);
    Person rita = person("rita", "Europe/Berlin");
    trellis.add(rita);
    trellis.command(rita, "goal add Move to the platform team --direction lateral");
    PlannedStep planned = mapPromptOf(trellis, rita);
    LocalDate day = planned.local().toLocalDate();
    NudgeDays days = new MongoNudgeDays(mongo.db());
    days.claim(List.of(new NudgeDays.Claim(ACME, rita.id(), day, "reflection:elsewhere")));

    trellis.clock.set(planned.dueAt().minus(Duration.ofHours(12)));
    Map<Instant, List<OutboundMessage>> received =
        runHourly(trellis, planned.dueAt().plus(Duration.ofDays(5)), rita);

    List<Instant> prompted =
        received.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(QuarterlyMapPromptTest::isMapPrompt))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(prompted).hasSize(1);
    ZonedDateTime at = prompted.get(0).atZone(rita.timeZone());
    assertThat(at.toLocalDate()).isAfter(day);
    assertThat(at.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    OutboundMessage prompt =
        received.get(prompted.get(0)).stream()
            .filter(QuarterlyMapPromptTest::isMapPrompt)
            .findFirst()
            .orElseThrow();
    assertThat(prompt.text())
        .contains("It has 1 open goal.")
        .contains(
            "Directions you have not considered yet: stretch (a project beyond your role);"
                + " mentoring (given or received).")
        .contains("To think about: ")
        .contains("/trellis goal add <goal> --direction stretch");
  }

  @Test
  void aQuarterOfPromptsNeverGivesAnyoneTwoNudgesInADayNorOneInQuietHours() {
    EngineHarness trellis = new EngineHarness(mongo.db(), Q1_START, "one", true);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(person("q" + i, ZONES.get(i)));
    }
    trellis.add(people.toArray(Person[]::new));

    Map<PersonId, List<ZonedDateTime>> nudges = new HashMap<>();
    Map<PersonId, Integer> mapPrompts = new HashMap<>();
    int seen = 0;
    while (trellis.clock.instant().isBefore(Q2_START)) {
      trellis.clock.advance(Duration.ofHours(1));
      trellis.tick(ACME);
      List<Received> all = trellis.slack.received();
      for (Received r : all.subList(seen, all.size())) {
        Person person =
            people.stream().filter(p -> p.id().equals(r.recipient().personId())).findFirst().get();
        nudges
            .computeIfAbsent(person.id(), id -> new ArrayList<>())
            .add(trellis.clock.instant().atZone(person.timeZone()));
        if (isMapPrompt(r.message())) {
          mapPrompts.merge(person.id(), 1, Integer::sum);
        }
      }
      seen = all.size();
    }

    assertThat(mapPrompts).hasSize(people.size()).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    nudges.forEach(
        (id, times) -> {
          assertThat(times.stream().map(ZonedDateTime::toLocalDate).toList())
              .as("days " + id + " was nudged")
              .doesNotHaveDuplicates();
          assertThat(times)
              .allSatisfy(
                  t -> {
                    assertThat(t.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    assertThat(t.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(19, 0));
                  });
        });
  }

  private static PlannedStep mapPromptOf(EngineHarness trellis, Person person) {
    return trellis
        .planning
        .computePlan(ACME, new PlanningWindow(Q1_START, Q2_START))
        .steps()
        .stream()
        .filter(s -> s.kind().equals(QuarterlyMapSteps.MAP_PROMPT))
        .filter(s -> s.recipient().equals(person.id()))
        .findFirst()
        .orElseThrow();
  }

  /** Ticks every hour up to {@code until}; answers what reached the person, by tick. */
  private static Map<Instant, List<OutboundMessage>> runHourly(
      EngineHarness trellis, Instant until, Person person) {
    Map<Instant, List<OutboundMessage>> received = new java.util.LinkedHashMap<>();
    int seen = trellis.receivedBy(person).size();
    while (trellis.clock.instant().isBefore(until)) {
      trellis.clock.advance(Duration.ofHours(1));
      trellis.tick(ACME);
      List<Received> all = trellis.receivedBy(person);
      if (all.size() > seen) {
        received.put(
            trellis.clock.instant(),
            all.subList(seen, all.size()).stream().map(Received::message).toList());
        seen = all.size();
      }
    }
    return received;
  }

  private static boolean isMapPrompt(OutboundMessage message) {
    return message.header().filter(MAP_PROMPT::equals).isPresent();
  }

  private static Person person(String id, String zone) {
    return aPerson()
        .withId(new PersonId(id))
        .withName("Person " + id)
        .withSlackUserId("U" + id.toUpperCase() + "0001")
        .withTimeZone(zone)
        .build();
  }
}
