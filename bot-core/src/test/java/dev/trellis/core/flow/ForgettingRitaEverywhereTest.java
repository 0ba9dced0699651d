package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.analytics.AnalyticsQuery;
import dev.trellis.core.analytics.AnalyticsReport;
import dev.trellis.core.analytics.Grouping;
import dev.trellis.core.analytics.HrAnalytics;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.Cohort.Policy;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.CohortMember;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.ErasedPerson;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoInbox;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rita goes through every flow, then asks Trellis to forget her: afterwards no document of any
 * collection holds her id, email, Slack id, name or anything she wrote (in the clear or as one of
 * the ciphertexts made of it), while her manager's and colleagues' own records stay. Rita reports
 * to Olga (Engineering), who meets her on Thursdays at 10:00 Berlin; Bob and Pete are colleagues.
 */
class ForgettingRitaEverywhereTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant MONDAY = Instant.parse("2026-11-16T10:00:00Z");
  static final Instant LAST_FIFTEEN_SENT = Instant.parse("2026-11-19T09:20:00Z");
  static final String RITAS = "RITA-WROTE";
  static final CohortId LAB = new CohortId("lab");

  /** Collections that name nobody: org data, the question bank, the anonymous stand-ins. */
  static final Set<String> PERSON_FREE =
      Set.of(
          "orgs",
          "meta",
          "questions",
          "retired_builtin_questions",
          "org_settings",
          "holidays",
          "admin_tokens");

  EngineHarness trellis;
  Person olga;
  Person bob;
  Person pete;
  Person rita;
  OneOnOne olgaAndRita;

  @BeforeEach
  void givenRitaWhoWentThroughEveryFlow() {
    trellis = new EngineHarness(mongo.db(), MONDAY, "one");
    olga = person("Olga", null);
    bob = person("Bob", olga);
    pete = person("Pete", olga);
    rita = person("Rita", olga);
    trellis.add(olga, bob, pete, rita);
    olgaAndRita = weeklyOnThursdays(olga, rita);
    trellis.oneOnOnes.saveAll(ACME, List.of(olgaAndRita));
    goThroughEveryFlow();
  }

  @Test
  void afterForgetMeNoDocumentHoldsRitasIdsNameOrTexts() {
    List<String> ciphertexts = trellis.cipher.cipherTextsOf(RITAS);
    assertThat(ciphertexts).hasSizeGreaterThan(5);
    assertThat(everyString()).anyMatch(s -> s.contains(rita.id().value()));

    Response erased = forgetRita();

    assertThat(((Response.Reply) erased).message().text())
        .isEqualTo("Everything Trellis kept about you is erased. Goodbye!");
    List<String> traces = new ArrayList<>(ciphertexts);
    traces.addAll(
        List.of(
            rita.id().value(),
            rita.email().value(),
            rita.slackUserId().orElseThrow(),
            "Rita",
            RITAS));
    for (String collection : mongo.db().listCollectionNames()) {
      for (Document d : mongo.db().getCollection(collection).find()) {
        for (String s : strings(d)) {
          assertThat(traces)
              .as("a string of " + collection + ": " + d.get("_id"))
              .noneMatch(s::contains);
        }
      }
    }
  }

  @Test
  void hrAnalyticsShowTheSameFiguresAfterSheIsForgotten() {
    trellis.orgSettings.save(ACME, OrgSettings.DEFAULT.withAnalytics(new OrgSettings.Analytics(3)));
    HrAnalytics analytics =
        new HrAnalytics(
            trellis.routes.counted(),
            trellis.people,
            trellis.erasedPeople,
            trellis.orgSettings,
            trellis.clock);
    AnalyticsQuery byOrg =
        new AnalyticsQuery(ACME, YearMonth.of(2026, 11), YearMonth.of(2026, 12), Grouping.ORG);
    AnalyticsQuery byDepartment =
        new AnalyticsQuery(
            ACME, YearMonth.of(2026, 11), YearMonth.of(2026, 12), Grouping.DEPARTMENT);
    AnalyticsReport orgBefore = analytics.report(byOrg);
    AnalyticsReport departmentsBefore = analytics.report(byDepartment);
    assertThat(orgBefore.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.suppressed()).isFalse());
    assertThat(orgBefore.toString()).contains("=1", "=2");

    forgetRita();

    assertThat(analytics.report(byOrg)).isEqualTo(orgBefore);
    assertThat(analytics.report(byDepartment)).isEqualTo(departmentsBefore);
  }

  @Test
  void herColleaguesRecordsStayAndWhatWasCountedStaysAnonymous() {
    long outcomes = count("one_on_one_outcomes");
    long reflections = count("reflections");
    long prompts = count("prompts");
    long feedback = count("feedback");
    long meetups = count("buddy_meetups");
    long interests = count("opportunity_interests");
    assertThat(trellis.outbox.pending(ACME, 100))
        .extracting(e -> e.recipient().address())
        .contains("group:UBOB0001,UPETE0001,URITA0001");

    forgetRita();

    assertThat(trellis.people.findAll(ACME)).containsExactlyInAnyOrder(olga, bob, pete);
    assertThat(count("one_on_one_outcomes")).isEqualTo(outcomes);
    assertThat(count("reflections")).isEqualTo(reflections);
    assertThat(count("prompts")).isEqualTo(prompts);
    assertThat(count("feedback")).isEqualTo(feedback);
    assertThat(trellis.feedback.receivedBy(ACME, olga.id(), 10)).hasSize(1);
    assertThat(trellis.feedback.givenBy(ACME, bob.id(), 10)).hasSize(1);
    assertThat(trellis.outbox.pending(ACME, 100))
        .extracting(e -> e.recipient().address())
        .contains("group:UBOB0001,UPETE0001");
    assertThat(trellis.buddyCommands.glance(bob, trellis.clock.instant())).isNotBlank();
    assertThat(count("buddy_meetups")).isEqualTo(meetups);
    assertThat(count("opportunity_interests")).isEqualTo(interests);
    List<ErasedPerson> erased = trellis.erasedPeople.of(ACME);
    assertThat(erased).hasSize(1);
    assertThat(erased.get(0).department()).hasValue("Engineering");
    assertThat(erased.get(0).managerId()).hasValue(olga.id());
    assertThat(trellis.command(rita, "forget-me")).isInstanceOf(Response.Reply.class);
  }

  @Test
  void theirOneOnOneEndsWithItsStepsAndErasingTheManagerLaterRenamesHerInRitasStandIn() {
    trellis.planning.plan(ACME);
    assertThat(stepsOf(olgaAndRita)).isNotEmpty();

    forgetRita();
    boolean olgaErased = trellis.erasing.erase(ACME, olga.id());

    assertThat(olgaErased).isTrue();
    assertThat(trellis.oneOnOnes.findAll(ACME)).isEmpty();
    assertThat(stepsOf(olgaAndRita)).isEmpty();
    List<ErasedPerson> erased = trellis.erasedPeople.of(ACME);
    assertThat(erased).hasSize(2);
    ErasedPerson olgasStandIn =
        erased.stream().filter(e -> e.managerId().isEmpty()).findFirst().orElseThrow();
    assertThat(erased)
        .filteredOn(e -> e.managerId().isPresent())
        .singleElement()
        .satisfies(e -> assertThat(e.managerId()).hasValue(olgasStandIn.anonymousId()));
    assertThat(trellis.people.findAll(ACME))
        .allSatisfy(p -> assertThat(p.managerId()).isEmpty())
        .extracting(Person::id)
        .containsExactlyInAnyOrder(bob.id(), pete.id());
    assertThat(trellis.erasing.erase(ACME, olga.id())).isFalse();
  }

  @Test
  void everyCollectionNamingAPersonIsErasedBySomeFeature() {
    Set<String> ids = new HashSet<>();
    for (Person p : List.of(olga, bob, pete, rita)) {
      ids.add(p.id().value());
    }
    Set<String> claimed = trellis.routes.erasedCollections();

    List<String> unclaimed = new ArrayList<>();
    for (String collection : mongo.db().listCollectionNames()) {
      boolean naming =
          mongo.db().getCollection(collection).find().into(new ArrayList<>()).stream()
              .flatMap(d -> strings(d).stream())
              .anyMatch(s -> ids.stream().anyMatch(s::contains));
      if (naming && !claimed.contains(collection)) {
        unclaimed.add(collection);
      }
    }

    assertThat(unclaimed).as("collections naming a person that no erasure claims").isEmpty();
    assertThat(claimed).doesNotContainAnyElementsOf(PERSON_FREE);
  }

  @Test
  void aLatePressOrAnotherPersonsButtonErasesNothing() {
    OutboundMessage asked = ((Response.Reply) trellis.command(rita, "forget-me")).message();
    trellis.clock.advance(Duration.ofMinutes(11));

    Response late = trellis.press(rita, asked, "erasure.confirm");
    Response bobs = trellis.press(bob, asked, "erasure.confirm");
    Response cancelled = trellis.press(rita, asked, "erasure.cancel");

    assertThat(text(late)).startsWith("That button is more than 10 minutes old");
    assertThat(text(bobs)).startsWith("That button was not issued to you");
    assertThat(text(cancelled)).isEqualTo("Nothing was erased.");
    assertThat(trellis.people.findAll(ACME)).hasSize(4);
    assertThat(asked.text()).contains("reflections and takeaways").contains("10 minutes");
  }

  @Test
  void pressingTwiceErasesOnce() {
    OutboundMessage asked = ((Response.Reply) trellis.command(rita, "forget-me")).message();

    trellis.press(rita, asked, "erasure.confirm");
    Response again = trellis.press(rita, asked, "erasure.confirm");

    assertThat(text(again)).doesNotContain("erased");
    assertThat(trellis.erasedPeople.of(ACME)).hasSize(1);
  }

  // --- Rita's week

  private void goThroughEveryFlow() {
    trellis.sending.sendNow(rita, trellis.clock.instant()).orElseThrow();
    trellis.dispatcher.dispatchDue();
    Response answered = trellis.reply(rita, RITAS + " reflection: lead the migration");
    trellis.press(rita, ((Response.Reply) answered).message(), "reflection.share");
    trellis.command(rita, "goal add " + RITAS + " goal Learn Kubernetes --direction lateral");
    trellis.command(rita, "goal next 1 " + RITAS + " next step");
    trellis.command(rita, "goal share 1");
    trellis.command(rita, "devtime log 90m " + RITAS + " devtime");
    trellis.command(rita, "devtime share");
    trellis.runUntil(ACME, LAST_FIFTEEN_SENT, Duration.ofMinutes(5));
    assertThat(agendaOf(olga)).contains(RITAS + " reflection");
    trellis.press(rita, lastReceived(rita, "Last 15"), "oneonone.did");
    trellis.press(olga, lastReceived(olga, "Last 15"), "oneonone.did");

    Form giving =
        ((Response.OpenForm) trellis.feedback(rita, "give @olga about the roadmap")).form();
    trellis.submit(
        rita,
        giving.submitAction().value(),
        giving.reference(),
        Map.of("topic", "the roadmap", "went_well", RITAS + " feedback given"));
    trellis.feedback(rita, "ask @bob @pete about " + RITAS + " topic");
    trellis.tick(ACME);
    Form answering =
        ((Response.OpenForm)
                trellis.press(bob, lastReceived(bob, "Feedback request"), "feedback.answer"))
            .form();
    trellis.submit(
        bob,
        answering.submitAction().value(),
        answering.reference(),
        Map.of("went_well", RITAS + " received from Bob", "try_differently", ""));
    trellis.press(pete, lastReceived(pete, "Feedback request"), "feedback.decline");
    trellis.submit(
        olga,
        "opportunity.post_form",
        "",
        Map.of("title", "Run the cluster upgrade", "kind", "stretch", "closes_on", "2026-12-31"));
    OutboundMessage open = ((Response.Reply) trellis.command(rita, "opportunity list")).message();
    trellis.press(rita, open, open.buttons().get(0).actionId().value());
    trellis.dispatcher.dispatchDue();
    buddyRoundOfThree();
    // Left waiting in the outbox: Bob's answer to Rita, the news of Pete's decline, the group's
    // introduction (Rita last in it) and Rita's proposed time for her buddies.
    new MongoInbox(mongo.db(), trellis.cipher)
        .accept(
            new InboundRequest(
                "slack-event-1",
                Platform.SLACK,
                "event",
                "{\"user\":\"" + rita.slackUserId().orElseThrow() + "\",\"text\":\"hi\"}",
                trellis.clock.instant(),
                0));
  }

  private void buddyRoundOfThree() {
    trellis.cohorts.save(
        new Cohort(LAB, ACME, "Career lab", 3, 4, LocalDate.of(2026, 11, 16), Policy.OPT_IN, 6));
    for (Person p : List.of(bob, pete, rita)) {
      trellis.cohorts.saveMember(ACME, LAB, CohortMember.joined(p.id()));
    }
    trellis.startingRound.start(ACME, LAB);
    trellis.buddy(rita, "propose tomorrow 15:00");
    trellis.buddy(rita, "done " + RITAS + " buddy note");
    trellis.buddy(bob, "done Bob's own note");
  }

  private Response forgetRita() {
    OutboundMessage asked = ((Response.Reply) trellis.command(rita, "forget-me")).message();
    return trellis.press(rita, asked, "erasure.confirm");
  }

  // --- the database

  private List<String> everyString() {
    List<String> all = new ArrayList<>();
    for (String collection : mongo.db().listCollectionNames()) {
      for (Document d : mongo.db().getCollection(collection).find()) {
        all.addAll(strings(d));
      }
    }
    return all;
  }

  /** Every string of the document, keys included, however deep. */
  private static List<String> strings(Object value) {
    List<String> found = new ArrayList<>();
    if (value instanceof String s) {
      found.add(s);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            found.add(String.valueOf(k));
            found.addAll(strings(v));
          });
    } else if (value instanceof List<?> list) {
      list.forEach(v -> found.addAll(strings(v)));
    }
    return found;
  }

  private List<Document> stepsOf(OneOnOne oneOnOne) {
    return mongo.db().getCollection("steps").find().into(new ArrayList<>()).stream()
        .filter(d -> d.toJson().contains(oneOnOne.id().value()))
        .toList();
  }

  private long count(String collection) {
    return mongo.db().getCollection(collection).countDocuments();
  }

  // --- people and messages

  private String agendaOf(Person manager) {
    return lastReceived(manager, "Agenda").text();
  }

  private OutboundMessage lastReceived(Person person, String headerStart) {
    List<OutboundMessage> found =
        trellis.receivedBy(person).stream()
            .map(Received::message)
            .filter(m -> m.header().filter(h -> h.startsWith(headerStart)).isPresent())
            .toList();
    assertThat(found).as(person.name() + "'s " + headerStart + " messages").isNotEmpty();
    return found.get(found.size() - 1);
  }

  private static String text(Response response) {
    return ((Response.Reply) response).message().text();
  }

  private static OneOnOne weeklyOnThursdays(Person manager, Person report) {
    return new OneOnOne(
        OneOnOneId.random(),
        ACME,
        manager.id(),
        report.id(),
        Cadence.WEEKLY,
        DayOfWeek.THURSDAY,
        LocalTime.of(10, 0),
        Duration.ofMinutes(30),
        ZoneId.of("Europe/Berlin"),
        LocalDate.of(2026, 11, 12));
  }

  private static Person person(String name, Person manager) {
    var builder =
        aPerson()
            .withName(name)
            .withEmail(name.toLowerCase() + "@acme.example")
            .withSlackUserId("U" + name.toUpperCase() + "0001")
            .withDepartment("Engineering")
            .withTimeZone("Europe/Berlin");
    return manager == null ? builder.build() : builder.withManager(manager).build();
  }
}
