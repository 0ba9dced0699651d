package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rita's career goals, end to end: her commands, her map, and what reaches whom. Everyone is in
 * Berlin; Rita reports to Olga, whose manager Sam is also Nina's; Pete is a peer. Olga and Rita
 * meet on Thursdays at 10:00 (the agenda comes at 08:00, the last 15 minutes at 10:15); the week
 * starts on Monday 16 November 2026.
 */
class GoalsFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant MONDAY = Instant.parse("2026-11-16T10:00:00Z");
  static final Instant AGENDAS_SENT = Instant.parse("2026-11-19T07:30:00Z");
  static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
  static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
  static final String PEOPLE_HEADER = "email,name,manager_email,time_zone\n";

  EngineHarness trellis;
  Person sam;
  Person olga;
  Person nina;
  Person pete;
  Person rita;

  @BeforeEach
  void givenRitaReportingToOlgaWhoMeetsHerOnThursdays() {
    trellis = new EngineHarness(mongo.db(), MONDAY, "one");
    sam = person("Sam", null);
    olga = person("Olga", sam);
    nina = person("Nina", sam);
    pete = person("Pete", nina);
    rita = person("Rita", olga);
    trellis.add(sam, olga, nina, pete, rita);
    weeklyOnThursdays(olga, LocalDate.of(2026, 11, 12));
  }

  // --- the commands and the map

  @Test
  void goalsAreNumberedPerPersonAndKeepTheirNumbersWhenDoneOrDropped() {
    assertThat(text(goal(rita, "add Learn Kubernetes --direction learning")))
        .startsWith("Added goal 1: Learn Kubernetes (learning). Only you can see it.");
    goal(rita, "add Mentor an intern --direction mentoring");
    goal(rita, "add Run the retro");
    assertThat(text(goal(pete, "add Move to design --direction lateral")))
        .startsWith("Added goal 1");

    assertThat(text(goal(rita, "done 1"))).startsWith("Goal 1 is done: Learn Kubernetes.");
    assertThat(text(goal(rita, "drop 2"))).startsWith("Dropped goal 2: Mentor an intern.");
    assertThat(text(goal(rita, "add Lead the Q3 migration --direction stretch")))
        .startsWith("Added goal 4: Lead the Q3 migration (stretch project).");
    assertThat(text(goal(rita, "next 4 Ask Sam which team needs it")))
        .startsWith("Next step of goal 4 (Lead the Q3 migration): Ask Sam which team needs it")
        .endsWith("Only you can see it.");

    OutboundMessage map = message(goal(rita, "list"));
    assertThat(map.header()).contains("Your career map");
    assertThat(map.text()).isEqualTo("2 open goals in 2 directions.");
    Map<String, String> fields = fields(map);
    assertThat(fields.keySet())
        .containsExactly("Grow in role", "Stretch project", "Done and dropped");
    assertThat(fields.get("Grow in role"))
        .isEqualTo("3. Run the retro\n    Next step: none yet · moved today");
    assertThat(fields.get("Stretch project"))
        .isEqualTo(
            "4. Lead the Q3 migration\n    Next step: Ask Sam which team needs it · moved today");
    assertThat(fields.get("Done and dropped"))
        .isEqualTo("1. Learn Kubernetes (done)\n2. Mentor an intern (dropped)");
    assertThat(reply(goal(rita, "list")).personal()).isTrue();
  }

  @Test
  void theMapShowsHowLongSinceEachGoalMovedAndWhomItIsSharedWith() {
    goal(rita, "add Learn Kubernetes --direction learning");
    goal(rita, "share 1");
    trellis.clock.advance(Duration.ofDays(23));

    Map<String, String> fields = fields(message(goal(rita, "list")));

    assertThat(fields.get("Learning"))
        .isEqualTo(
            "1. Learn Kubernetes\n    Next step: none yet · moved 3 weeks ago · shared with Olga");
  }

  @Test
  void theHomeViewShowsTheCareerMapInsteadOfThePlaceholder() {
    ShowingHome home = new ShowingHome(trellis.routes);
    Map<String, String> empty = fields(home.homeOf(rita, trellis.clock.instant()));
    assertThat(empty.get("Your career map")).startsWith("No goals yet.");
    assertThat(empty).doesNotContainKey("Goals");

    goal(rita, "add MARKER-K8S Learn Kubernetes --direction lateral");
    Map<String, String> mapped = fields(home.homeOf(rita, trellis.clock.instant()));

    assertThat(mapped.get("Your career map")).startsWith("1 open goal in 1 direction.");
    assertThat(mapped.get("Lateral move")).startsWith("1. MARKER-K8S Learn Kubernetes");
    assertThat(fields(home.homeOf(olga, trellis.clock.instant())).toString())
        .doesNotContain("MARKER");
  }

  @Test
  void wrongInputGetsAReasonAndAnExampleAndChangesNothing() {
    assertThat(text(goal(rita, "done 1")))
        .isEqualTo(
            "You have no goal 1. You have no goals yet. For example: /trellis goal add Learn"
                + " Kubernetes");
    goal(rita, "add Learn Kubernetes");
    goal(rita, "done 1");

    assertThat(text(goal(rita, "share 7")))
        .isEqualTo(
            "You have no goal 7. Your goals are numbered 1 to 1: /trellis goal list shows them."
                + " For example: /trellis goal done 1");
    assertThat(text(goal(rita, "next 1 Read the docs")))
        .startsWith("Goal 1 is done: nothing changed. Add a new one with /trellis goal add");
    assertThat(text(goal(rita, "drop 1"))).startsWith("Goal 1 is done: nothing changed.");
    assertThat(text(goal(rita, "share 1")))
        .isEqualTo("Goal 1 is done: only open goals are shared.");
    assertThat(usage(goal(rita, "add Learn Go --direction upward")))
        .startsWith(
            "'upward' is not a direction: use grow, lateral, stretch, mentoring or learning.")
        .contains("for example /trellis goal add Learn Kubernetes --direction lateral");
    assertThat(usage(goal(rita, "add " + "x".repeat(501))))
        .startsWith("Keep a goal to at most 500 characters");
    assertThat(usage(goal(rita, "done one")))
        .startsWith("'one' is not a goal number")
        .contains("for example /trellis goal done 1");
    goal(sam, "add Grow the team");
    assertThat(text(goal(sam, "share 1")))
        .startsWith("You have no manager in Trellis to share goal 1 with; it stays private.");
    assertThat(trellis.goals.ofPerson(ACME, rita.id())).hasSize(1);
  }

  @Test
  void aButtonOfSomeoneElsesGoalChangesNothingAndSaysWhy() {
    OutboundMessage added = message(goal(rita, "add Learn Kubernetes"));
    Button share = added.buttons().get(0);
    assertThat(share.label()).isEqualTo("Share with Olga");

    Response pressedByPete = press(pete, share);
    assertThat(text(pressedByPete))
        .startsWith("That goal is someone else's: you can change only your own goals.");
    assertThat(trellis.goals.findByNumber(ACME, rita.id(), 1).orElseThrow().isShared()).isFalse();
    assertThat(text(press(rita, share))).startsWith("Shared goal 1 with Olga");
    assertThat(text(press(rita, share)))
        .isEqualTo("Goal 1 is already shared with Olga: nothing changed.");
  }

  // --- the agenda: only the current manager, only what was shared with them

  @Test
  void theCurrentManagersAgendaListsTheOpenGoalsSharedWithHerAndNothingPrivate() {
    goal(rita, "add MARKER-SHARED Learn Kubernetes --direction lateral");
    goal(rita, "next 1 MARKER-STEP read the docs");
    goal(rita, "share 1");
    goal(rita, "add MARKER-PRIVATE Move to design");
    goal(rita, "add MARKER-DONE Mentor an intern");
    goal(rita, "share 3");
    goal(rita, "done 3");

    runTheAgendas();

    assertThat(agendaOf(olga))
        .contains("Rita's goals shared with you:")
        .contains("• MARKER-SHARED Learn Kubernetes (lateral move)")
        .contains("Next step: MARKER-STEP read the docs · moved 2 days ago")
        .doesNotContain("MARKER-PRIVATE")
        .doesNotContain("MARKER-DONE");
    assertThat(trellis.receivedBy(rita).toString()).doesNotContain("MARKER");
  }

  @Test
  void unsharingTakesTheGoalOutOfTheNextAgenda() {
    goal(rita, "add MARKER-SHARED Learn Kubernetes");
    goal(rita, "share 1");
    assertThat(text(goal(rita, "unshare 1")))
        .isEqualTo("Goal 1 is private again: only you can see it.");
    assertThat(text(goal(rita, "unshare 1")))
        .isEqualTo("Goal 1 is not shared with anyone: nothing changed.");

    runTheAgendas();

    assertThat(agendaOf(olga))
        .contains("No open goal shared with you.")
        .doesNotContain("MARKER-SHARED");
  }

  @Test
  void aFormerManagerSeesNothingAndANewManagerOnlyWhatIsSharedWithHerAgain() {
    goal(rita, "add MARKER-A Learn Kubernetes");
    goal(rita, "share 1");
    goal(rita, "add MARKER-B Lead the guild");
    goal(rita, "share 2");
    reportTo(nina);
    weeklyOnThursdays(nina, THURSDAY);
    goal(rita, "share 2");

    runTheAgendas();

    assertThat(agendaOf(olga)).doesNotContain("MARKER").doesNotContain("goals shared with you");
    assertThat(agendaOf(nina))
        .contains("Rita's goals shared with you:")
        .contains("MARKER-B")
        .doesNotContain("MARKER-A");
  }

  @Test
  void aSkipLevelsAndAPeersOneOnOnesShowNoGoals() {
    goal(rita, "add MARKER-SHARED Learn Kubernetes");
    goal(rita, "share 1");
    weeklyOnThursdays(sam, THURSDAY);
    weeklyOnThursdays(pete, THURSDAY);

    runTheAgendas();

    assertThat(agendaOf(olga)).contains("MARKER-SHARED");
    for (Person notHerManager : List.of(sam, pete)) {
      assertThat(agendaOf(notHerManager))
          .as(notHerManager.name() + "'s agenda")
          .doesNotContain("MARKER")
          .doesNotContain("goals shared with you");
    }
  }

  // --- the last 15 minutes

  @Test
  void aSharedGoalThatHasNotMovedInFourWeeksIsTheLastFifteenQuestionForBoth() {
    goal(rita, "add Learn Kubernetes --direction learning");
    goal(rita, "share 1");
    goal(rita, "add MARKER-PRIVATE Move to design");

    lastFifteenOn(LocalDate.of(2026, 12, 17));

    String question =
        "Suggested question: What would help you take the next step on *Learn Kubernetes*?";
    assertThat(last(olga, "Last 15 minutes").text()).contains(question).doesNotContain("MARKER");
    assertThat(last(rita, "Last 15 minutes").text()).contains(question);
  }

  @Test
  void aPrivateOrRecentlyMovedGoalLeavesTheBankQuestionInTheLastFifteen() {
    goal(rita, "add MARKER-PRIVATE Move to design");
    goal(rita, "add MARKER-RECENT Learn Kubernetes");
    goal(rita, "share 2");
    trellis.clock.set(Instant.parse("2026-12-14T10:00:00Z"));
    goal(rita, "next 2 MARKER-STEP read the docs");

    lastFifteenOn(LocalDate.of(2026, 12, 17));

    for (Person person : List.of(olga, rita)) {
      assertThat(last(person, "Last 15 minutes").text())
          .contains("Suggested question: ")
          .doesNotContain("MARKER")
          .doesNotContain("next step on");
    }
  }

  // --- the clock

  /** Moves to Thursday morning in big steps, then in small ones until the agendas went out. */
  private void runTheAgendas() {
    trellis.runUntil(ACME, AGENDAS_SENT.minus(Duration.ofHours(2)), Duration.ofHours(6));
    trellis.runUntil(ACME, AGENDAS_SENT, HALF_AN_HOUR);
  }

  /** Jumps to the Wednesday before, then runs through that Thursday's 1:1. */
  private void lastFifteenOn(LocalDate thursday) {
    Instant tenTwenty = thursday.atTime(10, 20).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    trellis.clock.set(tenTwenty.minus(Duration.ofHours(22)));
    trellis.runUntil(ACME, tenTwenty, Duration.ofMinutes(5));
  }

  // --- Rita and the directory

  private Response goal(Person person, String text) {
    return trellis.command(person, "goal " + text);
  }

  private Response press(Person person, Button button) {
    return trellis.engine.handle(
        new ButtonPress(
            person.orgId(),
            person.id(),
            Platform.SLACK,
            trellis.clock.instant(),
            new ActionId(button.actionId().value()),
            button.value(),
            Optional.empty(),
            "trigger-1"));
  }

  private ImportOutcome reportTo(Person manager) {
    ImportOutcome outcome =
        trellis.importingPeople.importCsv(
            ACME,
            PEOPLE_HEADER
                + String.join(
                    ",", rita.email().value(), "Rita", manager.email().value(), "Europe/Berlin"));
    assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
    rita = trellis.people.findByIds(ACME, List.of(rita.id())).get(0);
    return outcome;
  }

  private OneOnOne weeklyOnThursdays(Person manager, LocalDate first) {
    OneOnOne oneOnOne =
        new OneOnOne(
            OneOnOneId.random(),
            ACME,
            manager.id(),
            rita.id(),
            Cadence.WEEKLY,
            DayOfWeek.THURSDAY,
            LocalTime.of(10, 0),
            Duration.ofMinutes(30),
            ZoneId.of("Europe/Berlin"),
            first);
    trellis.oneOnOnes.saveAll(ACME, List.of(oneOnOne));
    return oneOnOne;
  }

  private static Person person(String name, Person manager) {
    var builder =
        aPerson()
            .withName(name)
            .withEmail(name.toLowerCase() + "@acme.example")
            .withSlackUserId("U" + name.toUpperCase() + "0001")
            .withTimeZone("Europe/Berlin");
    return manager == null ? builder.build() : builder.withManager(manager).build();
  }

  // --- what reached whom

  private String agendaOf(Person manager) {
    List<OutboundMessage> found = messages(manager, "Agenda");
    assertThat(found).as(manager.name() + "'s agendas").hasSize(1);
    return found.get(0).text();
  }

  private OutboundMessage last(Person person, String headerStart) {
    List<OutboundMessage> found = messages(person, headerStart);
    assertThat(found).as(person.name() + "'s " + headerStart).isNotEmpty();
    return found.get(found.size() - 1);
  }

  private List<OutboundMessage> messages(Person person, String headerStart) {
    return trellis.receivedBy(person).stream()
        .map(Received::message)
        .filter(m -> m.header().filter(h -> h.startsWith(headerStart)).isPresent())
        .toList();
  }

  private static Map<String, String> fields(OutboundMessage message) {
    return message.fields().stream()
        .collect(
            Collectors.toMap(
                Field::label, Field::value, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static Response.Reply reply(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return (Response.Reply) response;
  }

  private static OutboundMessage message(Response response) {
    return reply(response).message();
  }

  private static String text(Response response) {
    return message(response).text();
  }

  private static String usage(Response response) {
    assertThat(reply(response).personal()).isFalse();
    return text(response);
  }
}
