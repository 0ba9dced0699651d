package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.OutboxEntry;
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
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Feedback between the people of one org, through the whole engine. Everyone is in Berlin; Rita
 * reports to Olga, whose manager Sam is also Nina's; Bob and Pete are colleagues. The week starts
 * on Monday 16 November 2026, 11:00 in Berlin.
 */
class FeedbackFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant MONDAY = Instant.parse("2026-11-16T10:00:00Z");
  static final Instant AGENDAS_SENT = Instant.parse("2026-11-19T07:30:00Z");
  static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
  static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
  static final String TOPIC = "my design review";

  EngineHarness trellis;
  Person sam;
  Person olga;
  Person nina;
  Person pete;
  Person bob;
  Person rita;

  @BeforeEach
  void givenRitaReportingToOlgaAndTwoColleagues() {
    trellis = new EngineHarness(mongo.db(), MONDAY, "one");
    sam = person("Sam", null);
    olga = person("Olga", sam);
    nina = person("Nina", sam);
    pete = person("Pete", nina);
    bob = person("Bob", nina);
    rita = person("Rita", olga);
    trellis.add(sam, olga, nina, pete, bob, rita);
  }

  // --- asking and answering

  @Test
  void ritaAsksTwoColleaguesAtOnceAndEachGetsARequestWithAnswerAndDecline() {
    Response asked = trellis.feedback(rita, "ask @bob pete@acme.example @bob about " + TOPIC);

    assertThat(text(asked))
        .startsWith("Asked Bob, Pete for feedback on “my design review”.")
        .contains("stays open for 14 days");
    assertThat(asked.personal()).isTrue();
    trellis.tick(ACME);
    for (Person giver : List.of(bob, pete)) {
      OutboundMessage request = only(giver, "Feedback request from Rita");
      assertThat(request.text()).isEqualTo("Rita asks for your feedback on “my design review”.");
      assertThat(request.buttons()).extracting(Button::label).containsExactly("Answer", "Decline");
    }
  }

  @Test
  void theAnswerReachesOnlyRitaAndBobIsToldItWentWithoutTheText() {
    OutboundMessage request = askBob();

    Response form = trellis.press(bob, request, "feedback.answer");
    Response sent = answer(form, "MARKER-WELL clear slides", "MARKER-TRY shorter intro");
    trellis.tick(ACME);

    assertThat(form).isInstanceOf(Response.OpenForm.class);
    assertThat(text(sent)).startsWith("Sent to Rita.").doesNotContain("MARKER");
    OutboundMessage answer = only(rita, "Feedback from Bob");
    assertThat(answer.text())
        .contains("Bob answered your request on “my design review”.")
        .contains("What went well: MARKER-WELL clear slides")
        .contains("What to try differently: MARKER-TRY shorter intro");
    assertThat(answer.buttons()).extracting(Button::label).containsExactly("Share with my manager");
    for (Person other : List.of(sam, olga, nina, pete, bob)) {
      assertThat(trellis.receivedBy(other))
          .as(other.name())
          .noneMatch(r -> r.message().toString().contains("MARKER"));
    }
    assertThat(text(trellis.feedback(rita, "")))
        .contains("From Bob on “my design review”", "MARKER-WELL");
    assertThat(text(trellis.feedback(bob, "given")))
        .startsWith("To Rita on “my design review”")
        .contains("MARKER-WELL", "MARKER-TRY");
    assertThat(text(trellis.feedback(rita, "given"))).doesNotContain("MARKER");
    assertThat(text(trellis.feedback(pete, ""))).doesNotContain("MARKER");
  }

  @Test
  void whatPeopleWriteIsStoredSealed() {
    OutboundMessage request = askBob();
    answer(trellis.press(bob, request, "feedback.answer"), "MARKER-SEALED", "");

    List<String> raw =
        mongo
            .db()
            .getCollection("feedback")
            .find()
            .map(Document::toJson)
            .into(new java.util.ArrayList<>());

    assertThat(raw).hasSize(1);
    assertThat(raw.get(0)).doesNotContain("MARKER-SEALED").doesNotContain(TOPIC);
  }

  @Test
  void anAnswerNeedsOneOfItsPartsEachWithinItsLimit() {
    OutboundMessage request = askBob();
    Response form = trellis.press(bob, request, "feedback.answer");

    Response empty = answer(form, " ", "");
    Response tooLong = answer(form, "x".repeat(2001), "");

    assertThat(((Response.FormErrors) empty).errors())
        .containsEntry("went_well", "Write what went well, what to try differently, or both.");
    assertThat(((Response.FormErrors) tooLong).errors())
        .containsEntry("went_well", "That is 2,001 characters; keep it to 2,000.");
    assertThat(trellis.feedback.receivedBy(ACME, rita.id(), 5)).isEmpty();
  }

  @Test
  void anAlreadyAnsweredRequestIsNotAnsweredTwice() {
    OutboundMessage request = askBob();
    Response form = trellis.press(bob, request, "feedback.answer");
    answer(form, "first", "");

    Response again = answer(form, "second", "");
    Response pressedAgain = trellis.press(bob, request, "feedback.answer");

    assertThat(((Response.FormErrors) again).errors().get("went_well"))
        .startsWith("You already answered this request on Monday 16 November");
    assertThat(text(pressedAgain)).startsWith("You already answered this request");
    assertThat(trellis.feedback.receivedBy(ACME, rita.id(), 5))
        .singleElement()
        .satisfies(f -> assertThat(f.answer().orElseThrow().wentWell()).contains("first"));
  }

  @Test
  void decliningTellsRitaWithoutAReasonAndClosesTheRequest() {
    OutboundMessage request = askBob();

    Response declined = trellis.press(bob, request, "feedback.decline");
    Response again = trellis.press(bob, request, "feedback.answer");
    trellis.tick(ACME);

    assertThat(text(declined)).isEqualTo("Declined. Rita will be told, without a reason.");
    assertThat(text(again)).startsWith("You declined this request on Monday 16 November.");
    assertThat(trellis.lastReceivedBy(rita).message().text())
        .isEqualTo("Bob declined your request for feedback on “my design review”.");
  }

  @Test
  void onlyTheGiverMayAnswerARequest() {
    OutboundMessage request = askBob();

    Response byPete = trellis.press(pete, request, "feedback.answer");
    Response sharedByBob = trellis.press(bob, request, "feedback.decline");

    assertThat(text(byPete)).isEqualTo("That request is not yours or no longer exists.");
    assertThat(text(sharedByBob)).startsWith("Declined.");
  }

  @Test
  void someoneOfAnotherOrgCanNeitherAnswerNorShareNorSeeIt() {
    Person stranger =
        aPerson()
            .inOrg(GLOBEX)
            .withName("Bob")
            .withEmail("bob@globex.example")
            .withSlackUserId("UBOB0001")
            .build();
    trellis.add(stranger);
    OutboundMessage request = askBob();
    answer(trellis.press(bob, request, "feedback.answer"), "MARKER-ACME", "");
    trellis.tick(ACME);

    Response answered = trellis.press(stranger, request, "feedback.answer");
    Response shared = trellis.press(stranger, only(rita, "Feedback from Bob"), "feedback.share");

    assertThat(text(answered)).isEqualTo("That request is not yours or no longer exists.");
    assertThat(text(shared)).isEqualTo("That feedback is not yours or no longer exists.");
    assertThat(text(trellis.feedback(stranger, ""))).doesNotContain("MARKER-ACME");
    assertThat(text(trellis.feedback(stranger, "given"))).doesNotContain("MARKER-ACME");
  }

  @Test
  void aRequestAskedInTheEveningReachesTheGiverAfterTheirQuietHours() {
    trellis.clock.set(Instant.parse("2026-11-20T20:00:00Z")); // Friday, 21:00 in Berlin

    trellis.feedback(rita, "ask @bob about " + TOPIC);
    trellis.tick(ACME);

    assertThat(trellis.receivedBy(bob)).isEmpty();
    OutboxEntry waiting = trellis.outbox.pending(ACME, 10).get(0);
    assertThat(waiting.nextAttemptAt().atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime())
        .isEqualTo("2026-11-23T08:00");
    trellis.runUntil(ACME, Instant.parse("2026-11-23T07:30:00Z"), Duration.ofHours(2));
    assertThat(trellis.receivedBy(bob)).hasSize(1);
  }

  @Test
  void anUnansweredRequestIsRecalledOnceAfterAWeekAndExpiresAfterTwo() {
    OutboundMessage request = askBob();

    trellis.runUntil(ACME, MONDAY.plus(Duration.ofDays(15)), Duration.ofHours(3));

    assertThat(trellis.receivedBy(bob))
        .extracting(r -> r.message().header().orElse(""))
        .containsExactly("Feedback request from Rita", "Reminder: feedback for Rita");
    assertThat(only(bob, "Reminder").text()).startsWith("A week ago Rita asked");
    assertThat(trellis.receivedBy(rita))
        .extracting(r -> r.message().text())
        .filteredOn(t -> t.contains("closed after 14 days"))
        .containsExactly(
            "Your request to Bob for feedback on “my design review” closed after 14 days without"
                + " an answer.");
    assertThat(text(trellis.press(bob, request, "feedback.answer")))
        .startsWith("That request closed on Monday 30 November, so it can no longer be answered.")
        .contains("/feedback give @rita about my design review");
  }

  @Test
  void anAnsweredRequestHasNoReminderAndNoExpiry() {
    OutboundMessage request = askBob();
    answer(trellis.press(bob, request, "feedback.answer"), "good", "");

    trellis.runUntil(ACME, MONDAY.plus(Duration.ofDays(15)), Duration.ofHours(3));

    assertThat(trellis.receivedBy(bob)).hasSize(1);
    assertThat(trellis.receivedBy(rita))
        .noneMatch(r -> r.message().text().contains("closed after 14 days"));
  }

  @Test
  void feedbackGivenUnaskedOpensAFormWithTheTopicAndReachesOnlyTheReceiver() {
    Response opened = trellis.feedback(bob, "give @rita about the release demo");

    Form form = ((Response.OpenForm) opened).form();
    assertThat(form.inputs())
        .extracting(i -> i.id())
        .containsExactly("topic", "went_well", "try_differently");
    Response sent =
        trellis.submit(
            bob,
            form.submitAction().value(),
            form.reference(),
            Map.of("topic", "the release demo", "try_differently", "MARKER-GIVEN"));
    trellis.tick(ACME);

    assertThat(text(sent)).startsWith("Sent to Rita.").doesNotContain("MARKER");
    assertThat(only(rita, "Feedback from Bob").text())
        .startsWith("Bob gave you feedback on “the release demo”.")
        .contains("What to try differently: MARKER-GIVEN");
    assertThat(text(trellis.feedback(bob, "given"))).contains("MARKER-GIVEN");
  }

  // --- wrong input

  @Test
  void wrongInputGetsAReasonAndAnExample() {
    assertThat(text(trellis.feedback(rita, "ask @nobody about " + TOPIC)))
        .startsWith("I cannot find @nobody among the people of your org")
        .endsWith("For example: /feedback ask @bob about my design review");
    assertThat(text(trellis.feedback(rita, "ask @rita about " + TOPIC)))
        .isEqualTo(
            "You cannot ask yourself for feedback: name a colleague. For example: /feedback ask"
                + " @bob about my design review");
    assertThat(text(trellis.feedback(rita, "give @rita")))
        .startsWith("Feedback is for someone else")
        .contains("For example: /feedback give @bob");
    assertThat(text(trellis.feedback(rita, "ask @bob about ")))
        .startsWith("Say what the feedback is about.")
        .contains("for example /feedback ask @bob about my design review");
    assertThat(text(trellis.feedback(rita, "ask @bob about " + "x".repeat(301))))
        .startsWith("Keep the topic to 300 characters (that one has 301).");
    assertThat(trellis.feedback.receivedBy(ACME, rita.id(), 5)).isEmpty();
    assertThat(trellis.outbox.pending(ACME, 10)).isEmpty();
  }

  @Test
  void theListsNumberedButtonsAnswerARequestAndShareAnAnswer() {
    trellis.feedback(rita, "ask @bob about " + TOPIC);
    trellis.feedback(pete, "ask @bob about the roadmap");
    OutboundMessage bobsList = ((Response.Reply) trellis.feedback(bob, "")).message();

    assertThat(bobsList.text())
        .contains("1. Rita on “my design review”, open until Monday 30 November")
        .contains("2. Pete on “the roadmap”");
    assertThat(bobsList.buttons())
        .extracting(Button::label)
        .containsExactly("Answer 1", "Answer 2");
    answer(trellis.press(bob, bobsList, "feedback.answer.1"), "MARKER-LISTED", "");
    OutboundMessage ritasList = ((Response.Reply) trellis.feedback(rita, "")).message();
    assertThat(ritasList.text()).contains("1. From Bob on “my design review”:", "MARKER-LISTED");
    assertThat(text(trellis.press(rita, ritasList, "feedback.share.1")))
        .startsWith("Shared with Olga.");
    assertThat(((Response.Reply) trellis.feedback(rita, "")).message().buttons()).isEmpty();
  }

  @Test
  void helpAndTheEmptyListsSayWhatToType() {
    assertThat(trellis.feedback(rita, "help").personal()).isFalse();
    assertThat(text(trellis.feedback(rita, "help"))).contains("/feedback ask @name");
    assertThat(text(trellis.feedback(rita, "")))
        .contains("Waiting for your feedback:\nNothing right now.")
        .contains("None yet. Ask for some");
    assertThat(text(trellis.feedback(rita, "given"))).startsWith("You have not given feedback");
  }

  // --- sharing, and the manager's agenda

  @Test
  void theCurrentManagerSeesASharedAnswerAndTheCountsInTheAgenda() {
    weeklyOnThursdays(olga);
    shareAnAnswer("MARKER-SHARED");
    trellis.feedback(rita, "ask @pete about the roadmap");

    runTheAgendas();

    assertThat(agendaOf(olga))
        .contains("Since your last 1:1, Rita asked for feedback 2 times and was asked 0 times.")
        .contains("MARKER-SHARED")
        .contains("You have not given Rita feedback in Trellis yet");
  }

  @Test
  void anUnsharedAnswerNeverReachesTheAgenda() {
    weeklyOnThursdays(olga);
    OutboundMessage request = askBob();
    answer(trellis.press(bob, request, "feedback.answer"), "MARKER-PRIVATE", "");

    runTheAgendas();

    assertThat(agendaOf(olga)).contains("asked for feedback once").doesNotContain("MARKER-PRIVATE");
  }

  @Test
  void aFormerManagerANewManagerItWasNotSharedWithASkipLevelAndAPeerSeeNothing() {
    shareAnAnswer("MARKER-OLGA");
    reportTo(nina);
    for (Person other : List.of(olga, nina, sam, pete)) {
      weeklyOnThursdays(other);
    }

    runTheAgendas();

    for (Person other : List.of(olga, nina, sam, pete)) {
      assertThat(agendaOf(other)).as(other.name()).doesNotContain("MARKER-OLGA");
    }
    assertThat(agendaOf(nina)).contains("Since your last 1:1, Rita asked for feedback once");
    for (Person notHerManager : List.of(olga, sam, pete)) {
      assertThat(agendaOf(notHerManager)).as(notHerManager.name()).doesNotContain("feedback once");
    }
  }

  @Test
  void sharingNeedsAManagerAndHappensOnce() {
    OutboundMessage request = askBob();
    answer(trellis.press(bob, request, "feedback.answer"), "good", "");
    trellis.tick(ACME);
    OutboundMessage answer = only(rita, "Feedback from Bob");

    Response shared = trellis.press(rita, answer, "feedback.share");
    Response again = trellis.press(rita, answer, "feedback.share");
    Response byBob = trellis.press(bob, answer, "feedback.share");

    assertThat(text(shared))
        .isEqualTo("Shared with Olga. They will see it in the agenda of your next 1:1 with them.");
    assertThat(text(again)).isEqualTo("Already shared with Olga: nothing changed.");
    assertThat(text(byBob)).isEqualTo("That feedback is not yours or no longer exists.");
  }

  @Test
  void theAgendaSaysWhenTheManagerGaveNoFeedbackInSixWeeksAndNotOnceTheyDid() {
    weeklyOnThursdays(olga);
    Form form = ((Response.OpenForm) trellis.feedback(olga, "give @rita")).form();
    trellis.submit(olga, form.submitAction().value(), form.reference(), Map.of("went_well", "ok"));

    runTheAgendas();

    assertThat(agendaOf(olga)).doesNotContain("You have not given Rita feedback");
  }

  // --- the suggestion to ask

  @Test
  void
      someoneWhoAsksNobodyForSixWeeksGetsOneSuggestionEverySixWeeksAtMostNeverBesideAnotherNudge() {
    weeklyOnThursdays(olga);
    java.util.Map<LocalDate, Integer> nudgesByDay = new java.util.HashMap<>();
    int seen = 0;
    LocalDate firstSuggestionDay = null;
    Instant end = MONDAY.plus(Duration.ofDays(7 * 13));
    while (trellis.clock.instant().isBefore(end)) {
      trellis.clock.advance(Duration.ofHours(2));
      trellis.tick(ACME);
      List<Received> all = trellis.receivedBy(rita);
      for (Received r : all.subList(seen, all.size())) {
        String header = r.message().header().orElse("");
        if (header.equals("Ask for feedback") || header.equals("Time to reflect")) {
          LocalDate day = trellis.clock.instant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
          if (header.equals("Ask for feedback") && firstSuggestionDay == null) {
            firstSuggestionDay = day;
          }
          nudgesByDay.merge(day, 1, Integer::sum);
        }
      }
      seen = all.size();
    }

    List<OutboundMessage> suggestions =
        trellis.receivedBy(rita).stream()
            .map(Received::message)
            .filter(m -> m.header().equals(Optional.of("Ask for feedback")))
            .toList();
    // Known for six weeks first; then one every six weeks at most, in a week of her own.
    assertThat(suggestions).hasSizeBetween(1, 2);
    assertThat(firstSuggestionDay).isAfterOrEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(suggestions.get(0).text())
        .startsWith("You have not asked anyone for feedback in 6 weeks. Olga, who you have 1:1s");
    assertThat(nudgesByDay.values()).allMatch(n -> n == 1);
    Response form = trellis.press(rita, suggestions.get(0), "feedback.suggested");
    Form ask = ((Response.OpenForm) form).form();
    assertThat(ask.reference()).isEqualTo(olga.id().value());
    Response asked =
        trellis.submit(rita, ask.submitAction().value(), ask.reference(), Map.of("topic", TOPIC));
    assertThat(text(asked)).startsWith("Asked Olga for feedback on “my design review”.");
  }

  @Test
  void someoneWhoAskedRecentlyGetsNoSuggestion() {
    weeklyOnThursdays(olga);
    trellis.runUntil(ACME, MONDAY.plus(Duration.ofDays(20)), Duration.ofHours(6));
    trellis.feedback(rita, "ask @bob about " + TOPIC);
    long before = suggestionsTo(rita);

    trellis.runUntil(ACME, MONDAY.plus(Duration.ofDays(20 + 41)), Duration.ofHours(3));

    assertThat(suggestionsTo(rita)).isEqualTo(before);
  }

  private long suggestionsTo(Person person) {
    return trellis.receivedBy(person).stream()
        .filter(r -> r.message().header().equals(Optional.of("Ask for feedback")))
        .count();
  }

  // --- helpers

  private OutboundMessage askBob() {
    trellis.feedback(rita, "ask @bob about " + TOPIC);
    trellis.tick(ACME);
    return only(bob, "Feedback request from Rita");
  }

  private Response answer(Response opened, String wentWell, String tryDifferently) {
    Form form = ((Response.OpenForm) opened).form();
    return trellis.submit(
        bob,
        form.submitAction().value(),
        form.reference(),
        Map.of("went_well", wentWell, "try_differently", tryDifferently));
  }

  private void shareAnAnswer(String marker) {
    OutboundMessage request = askBob();
    answer(trellis.press(bob, request, "feedback.answer"), marker, "");
    trellis.tick(ACME);
    trellis.press(rita, only(rita, "Feedback from Bob"), "feedback.share");
  }

  private void runTheAgendas() {
    trellis.runUntil(ACME, AGENDAS_SENT.minus(Duration.ofHours(2)), Duration.ofHours(6));
    trellis.runUntil(ACME, AGENDAS_SENT, HALF_AN_HOUR);
  }

  private void reportTo(Person manager) {
    ImportOutcome outcome =
        trellis.importingPeople.importCsv(
            ACME,
            "email,name,manager_email,time_zone\n"
                + String.join(
                    ",", rita.email().value(), "Rita", manager.email().value(), "Europe/Berlin"));
    assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
  }

  private void weeklyOnThursdays(Person manager) {
    trellis.oneOnOnes.saveAll(
        ACME,
        List.of(
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
                THURSDAY.minusWeeks(1))));
  }

  private String agendaOf(Person manager) {
    return only(manager, "Agenda").text();
  }

  private OutboundMessage only(Person person, String headerStart) {
    List<OutboundMessage> found =
        trellis.receivedBy(person).stream()
            .map(Received::message)
            .filter(m -> m.header().filter(h -> h.startsWith(headerStart)).isPresent())
            .toList();
    assertThat(found).as(person.name() + "'s " + headerStart + " messages").hasSize(1);
    return found.get(0);
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

  private static String text(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return ((Response.Reply) response).message().text();
  }
}
