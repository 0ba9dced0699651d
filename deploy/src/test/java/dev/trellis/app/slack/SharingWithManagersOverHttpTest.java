package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a person shares reaches only the manager they shared it with, and only while that person is
 * their manager, proven over the service's real entry points: the admin API imports the people and
 * 1:1s, Rita answers and shares with signed Slack requests, and what each person got is read from
 * the WireMock standing in for Slack. Rita reports to Olga, then to Nina; Sam (Olga's and Nina's
 * manager) has a skip-level 1:1 with her and Pete, a peer, a 1:1 as its "manager".
 */
class SharingWithManagersOverHttpTest extends SlackServiceTest {

  /** Monday 16 November 2026, 11:00 in Berlin, where everyone works. */
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T10:00:00Z");

  /** Thursday 19 November, 08:05 in Berlin: the agendas of the 10:00 1:1s are due. */
  static final Instant THURSDAY_AGENDAS = Instant.parse("2026-11-19T07:05:00Z");

  static final String NOTICE = "Your manager is now Nina";

  private final AtomicInteger events = new AtomicInteger();

  @BeforeEach
  void givenRitaReportingToOlgaWhoMeetsHerOnThursdays() {
    clock.set(MONDAY_MORNING);
    importPeople(
        row("sam", null),
        row("olga", "sam"),
        row("nina", "sam"),
        row("pete", "nina"),
        row("mia", "sam"),
        row("rita", "olga"));
    importOneOnOnes(oneOnOne("olga"));
  }

  @Test
  void onlyTheCurrentManagerSeesWhatWasSharedWithThemAndOnlyAfterRitaSharedItWithThem()
      throws Exception {
    // Rita shares two answers with Olga, her manager.
    assertThat(answerAndShare("MARKER-A lead the migration")).contains("shared with Olga");
    assertThat(answerAndShare("MARKER-B mentor the interns")).contains("shared with Olga");

    // She now reports to Nina; Nina, Sam (skip-level), Pete (a peer) and Mia get 1:1s with her.
    importPeople(row("rita", "nina"));
    importOneOnOnes(oneOnOne("nina"), oneOnOne("sam"), oneOnOne("pete"), oneOnOne("mia"));
    work.dispatch();

    // Rita is told what Nina sees, with the questions of what she shared with Olga, no answer.
    Map<String, String> notice = await(() -> postsTo("rita", NOTICE), 1).get(0);
    assertThat(notice.toString()).contains("nothing you shared with Olga").doesNotContain("MARKER");

    // She shares the first again, now with Nina, and answers a new one shared with Nina.
    String reShared = press("rita", button(notice.get("blocks"), "Share 1 with Nina"));
    assertThat(reShared).contains("shared with Nina");
    assertThat(press("rita", button(notice.get("blocks"), "Share 1 with Nina")))
        .isEqualTo("Already shared with Nina: nothing changed.");
    assertThat(answerAndShare("MARKER-C present at the guild")).contains("shared with Nina");

    // A second import of the same line tells her nothing more.
    importPeople(row("rita", "nina"));
    work.dispatch();

    // Mia's 1:1 is deleted before its agenda is due.
    String miasOneOnOne = oneOnOneIdOf("mia");
    assertThat(admin.delete(orgPath("/one-on-ones/" + miasOneOnOne)).status()).isEqualTo(204);
    assertThat(admin.delete(orgPath("/one-on-ones/" + miasOneOnOne)).status()).isEqualTo(404);
    assertThat(admin.delete("/api/admin/orgs/no-such-org/one-on-ones/" + miasOneOnOne).status())
        .isEqualTo(404);
    assertThat(admin.get(orgPath("/one-on-ones")).body()).doesNotContain(miasOneOnOne);

    runTheAgendas();

    String ninas = agendaOf("nina");
    assertThat(ninas).contains("MARKER-A", "MARKER-C").doesNotContain("MARKER-B");
    for (String notHerManager : List.of("olga", "sam", "pete")) {
      assertThat(agendaOf(notHerManager))
          .as(notHerManager + "'s agenda")
          .doesNotContain("MARKER")
          .contains("goes only to their manager");
    }
    assertThat(postsTo("mia", "")).isEmpty();
    assertThat(postsTo("rita", NOTICE)).hasSize(1);
  }

  // --- Rita's answers

  /** Rita gets a prompt, answers it in her DM and presses Share; answers what she was told. */
  private String answerAndShare(String answer) throws Exception {
    clock.advance(Duration.ofMinutes(1));
    int saved = postsTo("rita", "Saved").size();
    AdminClient.Answer sent = admin.post(orgPath("/people/" + email("rita") + "/prompts"));
    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    requests.post(
        SlackRequests.event(
            "event.message.channel.json",
            SlackRequests.directMessage(slackId("rita"), answer),
            TEAM,
            "Ev" + suffix + events.incrementAndGet()),
        "application/json");
    Map<String, String> savedMessage = await(() -> postsTo("rita", "Saved"), saved + 1).get(saved);
    return press("rita", button(savedMessage.get("blocks"), "Share"));
  }

  /** Presses a button as the person; answers the text of the reply to it. */
  private String press(String name, JsonNode button) throws Exception {
    clock.advance(Duration.ofMinutes(1));
    String respondTo = "press-" + suffix + "-" + events.incrementAndGet();
    requests.press(TEAM, slackId(name), button, SlackStandIn.responseUrl(slack, respondTo));
    return jsonOf(
            await(() -> slack.findAll(postRequestedFor(urlEqualTo("/respond/" + respondTo))), 1)
                .get(0))
        .get("text");
  }

  /** Moves to Tuesday to plan Thursday's steps, then to Thursday morning to send the agendas. */
  private void runTheAgendas() {
    clock.set(Instant.parse("2026-11-17T12:00:00Z"));
    work.planEveryOrg();
    clock.set(THURSDAY_AGENDAS);
    work.runDueSteps();
    work.dispatch();
  }

  // --- the directory, through the admin API

  private void importPeople(String... rows) {
    AdminClient.Answer answer =
        admin.postCsv(
            orgPath("/people"),
            "email,name,manager_email,time_zone,slack_user_id\n" + String.join("\n", rows) + "\n");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private String row(String name, String manager) {
    return String.join(
        ",",
        email(name),
        Character.toUpperCase(name.charAt(0)) + name.substring(1),
        manager == null ? "" : email(manager),
        "Europe/Berlin",
        slackId(name));
  }

  private void importOneOnOnes(String... rows) {
    AdminClient.Answer answer =
        admin.postCsv(
            orgPath("/one-on-ones"),
            "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
                + String.join("\n", rows)
                + "\n");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  /** A weekly 1:1 of {@code manager} with Rita, on Thursdays at 10:00 in Berlin. */
  private String oneOnOne(String manager) {
    return String.join(
        ",", email(manager), email("rita"), "WEEKLY", "THU", "10:00", "30", "Europe/Berlin");
  }

  private String oneOnOneIdOf(String manager) {
    JsonNode all = admin.get(orgPath("/one-on-ones")).json();
    return StreamSupport.stream(all.spliterator(), false)
        .filter(o -> o.get("managerEmail").asString().equals(email(manager)))
        .map(o -> o.get("id").asString())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no 1:1 of " + manager + " in " + all));
  }

  private String orgPath(String path) {
    return "/api/admin/orgs/" + org.value() + path;
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private String slackId(String name) {
    return "W" + name.toUpperCase() + suffix;
  }

  // --- what reached the stand-in Slack

  private String agendaOf(String name) {
    List<Map<String, String>> agendas = postsTo(name, "Agenda");
    assertThat(agendas).as(name + "'s agendas").hasSize(1);
    return agendas.get(0).toString();
  }

  /** The messages posted to the person whose text starts with {@code start}, oldest first. */
  private List<Map<String, String>> postsTo(String name, String start) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId(name)).stream()
        .map(SlackCalls::formOf)
        .filter(form -> form.getOrDefault("text", "").startsWith(start))
        .toList();
  }
}
