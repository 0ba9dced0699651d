package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.oneonone.OneOnOneSteps;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /trellis 1on1 add} and {@code 1on1 list}, typed by a manager and by a report. */
class OneOnOneCommandsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  /** Tuesday 24 November 2026, 10:00 in Berlin. */
  static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

  EngineHarness trellis;
  Person maya;
  Person ray;
  Person rayOther;
  Person sam;

  @BeforeEach
  void givenAManagerWithTwoReportsCalledRay() {
    trellis = new EngineHarness(mongo.db(), TUESDAY, "one");
    maya =
        aPerson()
            .withName("Maya Meyer")
            .withEmail("maya@acme.example")
            .withSlackUserId("UMAYA0001")
            .build();
    ray =
        aPerson()
            .withName("Ray Report")
            .withEmail("ray@acme.example")
            .withManager(maya)
            .withSlackUserId("URAY00001")
            .withTimeZone("America/New_York")
            .build();
    rayOther =
        aPerson()
            .withName("Ray Other")
            .withEmail("ray.other@acme.example")
            .withManager(maya)
            .build();
    sam = aPerson().withName("Sam Someone").withEmail("sam@acme.example").build();
    trellis.add(maya, ray, rayOther, sam);
  }

  @Test
  void aManagerAddsABiweeklyOneOnOneWithAReportByMentionAndItIsPlannedAtOnce() {
    Response answer = trellis.command(maya, "1on1 add <@URAY00001|ray> biweekly wed 14:00 30m");

    assertThat(text(answer))
        .isEqualTo(
            "Your biweekly 1:1 with Ray Report: Wednesdays at 14:00 (Europe/Berlin), 30 min,"
                + " first on Wed 25 Nov 2026.");
    OneOnOne stored = trellis.oneOnOnes.findAll(ACME).get(0);
    assertThat(stored.managerId()).isEqualTo(maya.id());
    assertThat(stored.reportId()).isEqualTo(ray.id());
    assertThat(stored.cadence()).isEqualTo(Cadence.BIWEEKLY);
    assertThat(stored.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(stored.startTime()).isEqualTo(LocalTime.of(14, 0));
    assertThat(stored.duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(stored.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(stored.firstDate()).isEqualTo(LocalDate.parse("2026-11-25"));
    // 14:15 Berlin is 08:15 in New York; planned now, not at the next planning run.
    assertThat(upcoming(ray, OneOnOneSteps.LAST_15_MINUTES))
        .extracting(s -> s.local().toLocalDateTime().toString())
        .containsExactly("2026-11-25T08:15");
    assertThat(text(trellis.command(ray, "1on1 list"))).isEqualTo("Your recurring 1:1s");
  }

  @Test
  void aReportAddsOneWithTheirManagerByEmailInTheirOwnZone() {
    Response answer = trellis.command(ray, "1on1 add maya@acme.example weekly tue 09:00 45m");

    assertThat(text(answer)).contains("weekly 1:1 with Maya Meyer", "(America/New_York)");
    OneOnOne stored = trellis.oneOnOnes.findAll(ACME).get(0);
    assertThat(stored.managerId()).isEqualTo(maya.id());
    assertThat(stored.reportId()).isEqualTo(ray.id());
    // Tuesday 09:00 in New York is still ahead (it is 04:00 there): today is the first.
    assertThat(stored.firstDate()).isEqualTo(LocalDate.parse("2026-11-24"));
  }

  @Test
  void addingAgainForTheSamePairChangesTheOneOnOneAndMovesItsSteps() {
    trellis.command(maya, "1on1 add ray@acme.example weekly thu 14:00 30m");

    Response answer = trellis.command(maya, "1on1 add ray@acme.example weekly wed 11:00 60m");

    assertThat(answer).isInstanceOf(Response.Reply.class);
    assertThat(((Response.Reply) answer).message().header()).hasValue("1:1 changed");
    assertThat(trellis.oneOnOnes.findAll(ACME))
        .singleElement()
        .satisfies(o -> assertThat(o.weekday()).isEqualTo(DayOfWeek.WEDNESDAY));
    assertThat(upcoming(maya, OneOnOneSteps.LAST_15_MINUTES))
        .extracting(s -> s.local().toLocalDateTime().toString())
        .containsExactly("2026-11-25T11:45");
  }

  @Test
  void aStartAlreadyPastTodayBeginsNextWeek() {
    trellis.command(maya, "1on1 add ray@acme.example weekly tue 09:30 30m");

    assertThat(trellis.oneOnOnes.findAll(ACME).get(0).firstDate())
        .isEqualTo(LocalDate.parse("2026-12-01"));
  }

  @Test
  void aHandleFindsOnePersonOrSaysWhoItCouldBe() {
    assertThat(text(trellis.command(maya, "1on1 add @ray monthly fri 10:00 30m")))
        .isEqualTo(
            "Several people match @ray: ray@acme.example, ray.other@acme.example. Use the email"
                + " of the one you mean.");
    assertThat(text(trellis.command(maya, "1on1 add @RayOther monthly fri 10:00 30m")))
        .contains("monthly 1:1 with Ray Other");
    assertThat(text(trellis.command(maya, "1on1 add @nobody weekly fri 10:00 30m")))
        .startsWith("I cannot find @nobody among the people of your org");
  }

  @Test
  void nothingIsStoredForSomeoneOutsideTheReportingLineOrTheOrg() {
    Person elsewhere =
        aPerson().inOrg(GLOBEX).withEmail("ray@globex.example").withManager(maya).build();
    trellis.add(elsewhere);

    assertThat(text(trellis.command(maya, "1on1 add sam@acme.example weekly fri 10:00 30m")))
        .startsWith("Trellis keeps 1:1s between a manager and their report");
    assertThat(text(trellis.command(maya, "1on1 add ray@globex.example weekly fri 10:00 30m")))
        .startsWith("I cannot find ray@globex.example");
    assertThat(text(trellis.command(maya, "1on1 add maya@acme.example weekly fri 10:00 30m")))
        .startsWith("A 1:1 needs someone else");
    assertThat(text(trellis.command(maya, "1on1 add @ray fortnightly fri 10:00")))
        .contains("Usage: /trellis 1on1 add");
    assertThat(trellis.oneOnOnes.findAll(ACME)).isEmpty();
    assertThat(trellis.oneOnOnes.findAll(GLOBEX)).isEmpty();
  }

  private List<PlannedStep> upcoming(Person person, StepKind kind) {
    return trellis.steps.upcoming(ACME, person.id(), 20).stream()
        .filter(s -> s.kind() == kind)
        .toList();
  }

  private static String text(Response response) {
    return ((Response.Reply) response).message().text();
  }
}
