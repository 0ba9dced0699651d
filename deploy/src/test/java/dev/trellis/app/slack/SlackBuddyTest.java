package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.awaitUntil;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.formOf;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.model.Filters;
import dev.trellis.app.AdminClient;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.MeetupId;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.slack.inbound.RefreshingHomes;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Career buddies on Slack, against the running service: two people in different time zones (Ada in
 * Paris, Bo in New York) are imported, put in a cohort and paired by a round started through the
 * admin API; then they coordinate their meetup with signed {@code /buddy} commands, button presses
 * and a modal, and a WireMock standing in for Slack shows what each of them got.
 */
class SlackBuddyTest extends SlackServiceTest {

  /** Tue 1 Dec 2026: 15:00 in Paris, 09:00 in New York, working time for both. */
  static final Instant TUESDAY_AFTERNOON_IN_PARIS = Instant.parse("2026-12-01T14:00:00Z");

  @Autowired HandlingInbound inbound;
  @Autowired RefreshingHomes homes;

  private final AtomicInteger responses = new AtomicInteger();

  String cohort;
  String cohortName;

  /** Ada, in Paris (Engineering), proposes; Bo, in New York (Design), is her buddy. */
  String ada;

  String bo;
  String groupDm;

  @BeforeEach
  void givenAdaAndBoPairedInARound() throws Exception {
    clock.set(TUESDAY_AFTERNOON_IN_PARIS);
    ada = "WADA" + suffix;
    bo = "WBO" + suffix;
    AdminClient.Answer imported =
        admin.postCsv(
            orgPath("/people"),
            "email,name,time_zone,department,slack_user_id\n"
                + String.join(",", email("ada"), "Ada Lovelace", "Europe/Paris", "Engineering", ada)
                + "\n"
                + String.join(",", email("bo"), "Bo Li", "America/New_York", "Design", bo)
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    cohortName = "Career lab " + suffix;
    AdminClient.Answer created =
        admin.postJson(orgPath("/cohorts"), "{\"name\":\"" + cohortName + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    cohort = created.json().at("/id").asString();
    for (String name : List.of("ada", "bo")) {
      AdminClient.Answer added = admin.putJson(cohortPath("/members/" + email(name)), "{}");
      assertThat(added.status()).as(added.body()).isEqualTo(200);
    }
    // Each test's pair gets its own group DM (the service's clock stands still, and with it the
    // per-channel rate limit).
    groupDm = "G" + suffix;
    slack.stubFor(
        post(urlEqualTo("/api/conversations.open"))
            .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + groupDm + "\"}}")));
    AdminClient.Answer started = admin.post(cohortPath("/rounds"));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.json().at("/groups/0/members").toString())
        .contains("Ada Lovelace")
        .contains("Bo Li");

    // Working time for both: the intros go out at once.
    work.dispatch();
    assertThat(formOf(await(() -> postsTo(ada), 1).get(0)).get("text"))
        .contains("Your career buddy this round is Bo Li (Design)");
    assertThat(formOf(await(() -> postsTo(bo), 1).get(0)).get("text"))
        .contains("Your career buddy this round is Ada Lovelace (Engineering)");
    // Both are on Slack: the bot opens a group DM with the pair and says hello there.
    String pair = String.join(",", java.util.stream.Stream.of(ada, bo).sorted().toList());
    assertThat(await(() -> SlackCalls.accepted(slack, "/api/conversations.open", pair), 1))
        .hasSize(1);
    assertThat(
            await(() -> SlackCalls.accepted(slack, "/api/chat.postMessage", groupDm), 1).stream()
                .map(r -> formOf(r).get("text")))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("Hello ")
                    .contains("Ada Lovelace", "Bo Li", "you are career buddies in round 1"));
  }

  @Test
  void aProposalReachesTheBuddyInTheirZoneAndAcceptingItTellsTheProposerInHers() throws Exception {
    // Ada proposes; only she sees the answer, with the time as she typed it, in Paris.
    String proposed = buddy(ada, "propose tomorrow 15:00");
    assertThat(proposed)
        .contains("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li")
        .doesNotContain("It reaches them");

    // Bo gets it in New York's time, with Ada's own time beside it, and two buttons.
    work.dispatch();
    Map<String, String> proposal = formOf(await(() -> postsTo(bo), 2).get(1));
    assertThat(proposal.get("channel")).isEqualTo(bo);
    assertThat(proposal.get("text"))
        .contains("Ada Lovelace proposes to meet on Wed 2 Dec at 09:00 (America/New_York)");
    String blocks = proposal.get("blocks");
    assertThat(blocks)
        .contains("Wed 2 Dec at 09:00 (America/New_York)")
        .contains("For Ada Lovelace")
        .contains("Wed 2 Dec at 15:00 (Europe/Paris)");
    JsonNode accept = button(blocks, "Accept");
    JsonNode anotherTime = button(blocks, "Suggest another time");
    assertThat(accept.get("action_id").asString()).isEqualTo("buddy.accept");
    assertThat(anotherTime.get("action_id").asString()).isEqualTo("buddy.another_time");

    // Bo presses Accept: the proposal he pressed is replaced by his answer, in his time.
    requests.press(TEAM, bo, accept, responseUrl("accept"));
    Map<String, String> accepted = jsonOf(await(() -> respondedTo("accept"), 1).get(0));
    assertThat(accepted).containsEntry("replace_original", "true");
    assertThat(accepted).containsEntry("response_type", "ephemeral");
    assertThat(accepted.get("text"))
        .contains("You accepted meeting on Wed 2 Dec at 09:00 (America/New_York)");

    // Ada hears of it in Paris time.
    work.dispatch();
    Map<String, String> toAda = formOf(await(() -> postsTo(ada), 2).get(1));
    assertThat(toAda.get("text"))
        .contains("Bo Li accepted meeting on Wed 2 Dec at 15:00 (Europe/Paris)");

    // Both see the agreed time in their /buddy status, each in their own zone.
    assertThat(buddy(ada, "status"))
        .contains(cohortName + " · round 1")
        .contains("With Bo Li (Design)")
        .contains("Meeting Wed 2 Dec at 15:00 (Europe/Paris)");
    assertThat(buddy(bo, "status")).contains("Meeting Wed 2 Dec at 09:00 (America/New_York)");
  }

  @Test
  void aBuddyCommandTypedInTheDmWhileAPromptIsOpenMakesAProposalAndLeavesThePromptOpen()
      throws Exception {
    AdminClient.Answer sent = admin.post(orgPath("/people/" + email("ada") + "/prompts"));
    assertThat(sent.status()).as(sent.body()).isIn(200, 201, 202);
    work.dispatch();
    assertThat(formOf(await(() -> postsTo(ada), 2).get(1)).get("blocks"))
        .contains("starts with a command word");

    typedInTheDm(ada, "buddy propose tomorrow 15:00");
    assertThat(formOf(await(() -> postsTo(ada), 3).get(2)).get("text"))
        .contains("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li")
        .doesNotContain("Saved");
    work.dispatch();
    assertThat(formOf(await(() -> postsTo(bo), 2).get(1)).get("text"))
        .contains("Ada Lovelace proposes to meet on Wed 2 Dec at 09:00 (America/New_York)");

    // The prompt is still open: her next line that is not a command answers it.
    typedInTheDm(ada, "Learning from people outside my team");
    assertThat(formOf(await(() -> postsTo(ada), 4).get(3)).get("text"))
        .startsWith("Saved. Only you can see this answer.");
  }

  @Test
  void aMeetupMarkedDoneCountsAsMetAndItsNoteStaysWithItsWriter() throws Exception {
    clock.set(Instant.parse("2026-12-02T16:00:00Z")); // Wed, after they met

    String done = buddy(ada, "done Great talk about lateral moves");

    assertThat(done).contains("Marked your meetup with Bo Li as done").contains("private");
    assertThat(buddy(ada, "status"))
        .contains("Met: you marked it done on Wed 2 Dec 2026")
        .contains("Your note: Great talk about lateral moves");
    String bosStatus = buddy(bo, "status");
    assertThat(bosStatus).contains("Met.").doesNotContain("Great talk");

    // Bo is told it was marked, never what Ada wrote.
    work.dispatch();
    String toBo = formOf(await(() -> postsTo(bo), 2).get(1)).toString();
    assertThat(toBo)
        .contains("Ada Lovelace marked your buddy meetup of " + cohortName + " as done")
        .doesNotContain("Great talk");

    // The admin sees the group, never that it met (one pair: no figure either), nor any note.
    AdminClient.Answer round = admin.get(cohortPath("/rounds/1"));
    assertThat(round.status()).as(round.body()).isEqualTo(200);
    assertThat(round.json().at("/groups/0").propertyNames()).containsExactly("members");
    assertThat(round.json().at("/figures/met").isNull()).isTrue();
    assertThat(round.body()).doesNotContain("Great talk").doesNotContain("lateral");

    // Nor does the database: the note is encrypted at rest.
    Document meetup =
        db.getCollection("buddy_meetups")
            .find(Filters.eq("_id", new MeetupId(org, new CohortId(cohort), 1, 0).value()))
            .first();
    assertThat(meetup).isNotNull();
    assertThat(meetup.toJson()).doesNotContain("Great talk");
  }

  @Test
  void wrongInputIsAnsweredWithAReasonOrTheUsageLineAndProposesNothing() throws Exception {
    assertThat(buddy(ada, "propose someday"))
        .contains("I could not read that as a day and time; try tomorrow 15:00");
    assertThat(buddy(ada, "meet"))
        .contains("is not a /buddy command")
        .contains("propose")
        .doesNotContain("Exception");
    assertThat(buddy(ada, "propose"))
        .contains("Say when you would like to meet.")
        .contains("Usage: /buddy propose")
        .doesNotContain("Exception");
    assertThat(buddy(ada, "propose today 10:00"))
        .contains("That time has already passed: Tue 1 Dec at 10:00 (Europe/Paris)");

    work.dispatch();
    Thread.sleep(200);
    assertThat(postsTo(bo)).as("only the intro").hasSize(1);
    assertThat(buddy(bo, "status")).contains("No time yet");
  }

  @Test
  void suggestAnotherTimeOpensAModalThatRefusesAnUnreadableTimeAndSendsAGoodOne() throws Exception {
    buddy(ada, "propose tomorrow 15:00");
    work.dispatch();
    String blocks = formOf(await(() -> postsTo(bo), 2).get(1)).get("blocks");

    // Bo presses "Suggest another time": a modal opens.
    requests.press(TEAM, bo, button(blocks, "Suggest another time"), responseUrl("another"));
    JsonNode modal = SlackCalls.openedModal(slack);
    assertThat(modal.get("type").asString()).isEqualTo("modal");
    assertThat(modal.toString()).contains("Send to Ada Lovelace");
    String callbackId = modal.get("callback_id").asString();
    String reference = modal.get("private_metadata").asString();
    String whenInput = modal.get("blocks").get(0).get("block_id").asString();
    assertThat(callbackId).isEqualTo("buddy.counter");
    assertThat(whenInput).isEqualTo("when");

    // A time Trellis cannot read keeps the modal open, with the reason under the field.
    HttpResponse<String> unreadable =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM, bo, callbackId, reference, Map.of(whenInput, "whenever suits")),
            FORM);
    assertThat(unreadable.statusCode()).isEqualTo(200);
    JsonNode errors = SlackRequests.JSON.readTree(unreadable.body());
    assertThat(errors.get("response_action").asString()).isEqualTo("errors");
    assertThat(errors.get("errors").get(whenInput).asString())
        .contains("I could not read that as a day and time");

    // A good one closes it; Bo's time is read in New York and reaches Ada in Paris time.
    HttpResponse<String> good =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM, bo, callbackId, reference, Map.of(whenInput, "thu 10:00")),
            FORM);
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(good.body()).doesNotContain("errors");
    work.dispatch();
    assertThat(formOf(await(() -> postsTo(bo), 3).get(2)).get("text"))
        .contains("Proposed Thu 3 Dec at 10:00 (America/New_York) to Ada Lovelace");
    Map<String, String> counter = formOf(await(() -> postsTo(ada), 2).get(1));
    assertThat(counter.get("text"))
        .contains("Bo Li proposes to meet on Thu 3 Dec at 16:00 (Europe/Paris)");
    assertThat(counter.get("blocks"))
        .contains("For Bo Li")
        .contains("Thu 3 Dec at 10:00 (America/New_York)");
    assertThat(button(counter.get("blocks"), "Accept")).isNotNull();

    // The first proposal's Accept is out of date now.
    requests.press(TEAM, bo, button(blocks, "Accept"), responseUrl("stale"));
    assertThat(jsonOf(await(() -> respondedTo("stale"), 1).get(0)).get("text"))
        .contains("A newer time was proposed since");
  }

  @Test
  void aProposalMadeInTheBuddysQuietHoursWaitsForTheirMorning() throws Exception {
    // Wed 2 Dec, 09:00 in Paris: 03:00 in New York, in Bo's quiet hours (19:00 to 08:00).
    clock.set(Instant.parse("2026-12-02T08:00:00Z"));

    String proposed = buddy(ada, "propose tomorrow 15:00");

    assertThat(proposed)
        .contains("Proposed Thu 3 Dec at 15:00 (Europe/Paris) to Bo Li")
        .contains("It reaches them Wed 2 Dec at 14:00 (Europe/Paris)")
        .contains("quiet hours");
    work.dispatch();
    clock.set(Instant.parse("2026-12-02T12:59:00Z")); // 07:59 in New York
    work.dispatch();
    Thread.sleep(200);
    assertThat(postsTo(bo)).as("held: only the intro").hasSize(1);

    clock.set(Instant.parse("2026-12-02T13:00:00Z")); // 08:00 in New York
    work.dispatch();
    assertThat(formOf(await(() -> postsTo(bo), 2).get(1)).get("text"))
        .contains("Ada Lovelace proposes to meet on Thu 3 Dec at 09:00 (America/New_York)");
  }

  @Test
  void aCommandWhoseAppHomeIsThrottledRunsOnceAnswersOnceAndItsHomeIsRefreshedLaterOnce()
      throws Exception {
    slack.stubFor(
        post(urlEqualTo("/api/views.publish"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
    String name = "throttled-home-" + suffix;

    String key = command(ada, "propose tomorrow 15:00", name);

    assertThat(jsonOf(await(() -> respondedTo(name), 1).get(0)).get("text"))
        .contains("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li");
    awaitUntil(() -> inboxOutcome(key).isPresent());
    assertThat(inboxOutcome(key)).contains("handled");
    // Whatever is due later is swept: nothing of the command is run or answered again.
    clock.advance(Duration.ofMinutes(5));
    inbound.handleDue();
    work.dispatch();
    assertThat(await(() -> postsTo(bo), 2)).as("the intro and one proposal").hasSize(2);
    assertThat(respondedTo(name)).hasSize(1);
    assertThat(proposalsOfTheMeetup()).isEqualTo(1);
    assertThat(SlackCalls.accepted(slack, "/api/views.publish", ada)).isEmpty();

    // Slack takes views again: the stale home is published once, at the next tick.
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    homes.refreshStale();
    homes.refreshStale();
    List<LoggedRequest> published = SlackCalls.accepted(slack, "/api/views.publish", ada);
    assertThat(published).hasSize(1);
    assertThat(formOf(published.get(0)).get("view")).contains("Bo Li");
  }

  @Test
  void aProposalWhoseAnswerIsRetriedTwiceIsStoredOnceAndReachesTheBuddyOnce() throws Exception {
    String name = "retried-answer-" + suffix;
    slack.stubFor(
        post(urlEqualTo("/respond/" + name))
            .inScenario(name)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("failed once"));
    slack.stubFor(
        post(urlEqualTo("/respond/" + name))
            .inScenario(name)
            .whenScenarioStateIs("failed once")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("failed twice"));
    slack.stubFor(
        post(urlEqualTo("/respond/" + name))
            .inScenario(name)
            .whenScenarioStateIs("failed twice")
            .willReturn(aResponse().withStatus(200)));

    String key = command(ada, "propose tomorrow 15:00", name);
    await(() -> respondedTo(name), 1);
    // The service stops or fails after the work was done: each later try only delivers.
    for (int retry = 0; retry < 2; retry++) {
      int failed = retry + 1;
      awaitUntil(() -> failedAttempts(key) == failed);
      clock.advance(Duration.ofMinutes(2));
      inbound.handleDue();
    }

    List<LoggedRequest> answers = await(() -> respondedTo(name), 3);
    assertThat(answers).hasSize(3);
    assertThat(answers)
        .extracting(r -> jsonOf(r).get("text"))
        .allSatisfy(
            text ->
                assertThat(text).contains("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li"));
    assertThat(inboxOutcome(key)).contains("handled");
    assertThat(proposalsOfTheMeetup()).isEqualTo(1);
    work.dispatch();
    Thread.sleep(200);
    assertThat(await(() -> postsTo(bo), 2)).as("the intro and one proposal").hasSize(2);
  }

  // --- the people, the cohort, the commands

  /**
   * The person types {@code /buddy <text>}; answers the text of the ephemeral answer that came back
   * through the command's response URL.
   */
  private String buddy(String slackId, String text) throws Exception {
    String name = "buddy-" + responses.incrementAndGet();
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(TEAM, slackId, "/buddy", text, responseUrl(name)), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).isEmpty();
    Map<String, String> answer = jsonOf(await(() -> respondedTo(name), 1).get(0));
    assertThat(answer).containsEntry("response_type", "ephemeral");
    return answer.get("text") + "\n" + answer.get("blocks");
  }

  /**
   * The person types a line in their DM with the bot, a few seconds after the last message there
   * (the service's clock moves on, and with it Slack's per-channel limit).
   */
  private void typedInTheDm(String slackId, String text) throws Exception {
    clock.advance(java.time.Duration.ofSeconds(5));
    int n = responses.incrementAndGet();
    ObjectNode message = (ObjectNode) SlackRequests.directMessage(slackId, text);
    message.put("ts", "1764597600.00000" + n).put("event_ts", "1764597600.00000" + n);
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.event("event.message.channel.json", message, TEAM, "Ev" + suffix + n),
            "application/json");
    assertThat(ack.statusCode()).isEqualTo(200);
  }

  /**
   * The person types {@code /buddy <text>}, answered at the response URL named {@code name};
   * answers the command's key in the inbox.
   */
  private String command(String slackId, String text, String name) throws Exception {
    String body = SlackRequests.slashCommand(TEAM, slackId, "/buddy", text, responseUrl(name));
    HttpResponse<String> ack = requests.post(body, FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    return "slack:command:" + SlackCalls.form(body).get("trigger_id");
  }

  /** How the inbox finished the request with this key, once it did. */
  private Optional<String> inboxOutcome(String key) {
    return Optional.ofNullable(db.getCollection("inbox_done").find(Filters.eq("_id", key)).first())
        .map(d -> d.getString("outcome"));
  }

  /** How often handling the request with this key failed so far, once it waits for a retry. */
  private int failedAttempts(String key) {
    Document waiting =
        db.getCollection("inbox")
            .find(Filters.and(Filters.eq("_id", key), Filters.eq("state", "PENDING")))
            .first();
    return waiting == null ? 0 : waiting.getInteger("attempts", 0);
  }

  private int proposalsOfTheMeetup() {
    Document meetup =
        db.getCollection("buddy_meetups")
            .find(Filters.eq("_id", new MeetupId(org, new CohortId(cohort), 1, 0).value()))
            .first();
    return meetup.getList("proposals", Document.class).size();
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private String orgPath(String rest) {
    return "/api/admin/orgs/" + org.value() + rest;
  }

  private String cohortPath(String rest) {
    return orgPath("/cohorts/" + cohort + rest);
  }

  private String responseUrl(String name) {
    return SlackStandIn.responseUrl(slack, name);
  }

  // --- what reached the stand-in Slack

  private List<LoggedRequest> postsTo(String slackId) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId);
  }

  private List<LoggedRequest> respondedTo(String name) {
    return slack.findAll(postRequestedFor(urlEqualTo("/respond/" + name)));
  }
}
