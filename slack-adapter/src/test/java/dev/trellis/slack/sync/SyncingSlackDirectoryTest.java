package dev.trellis.slack.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackApiStub.json;
import static dev.trellis.slack.send.SlackFixtures.webApi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.send.SlackApiStub;
import dev.trellis.slack.send.SlackCaller;
import dev.trellis.slack.send.SlackRateLimits;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncingSlackDirectoryTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final String FIRST_CURSOR = "dXNlcjpVMEc5V0ZYTlo=";
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The second page: one member of each kind the sync tells apart. */
  private static final String SECOND_PAGE =
      page(
          "",
          member("W0RAY", "ray@ghostbusters.example.com", "America/New_York", ""),
          member("W0DANA", "dana@ghostbusters.example.com", "America/New_York", ""),
          member(
              "W0WINSTON",
              "winston@ghostbusters.example.com",
              "America/New_York",
              "\"is_restricted\":true,"),
          member(
              "W0GOZER", "gozer@ghostbusters.example.com", "America/New_York", "\"deleted\":true,"),
          member("W0BOT", "", "America/New_York", "\"is_bot\":true,"),
          member("USLACKBOT", "", "America/Los_Angeles", ""),
          member(
              "W0ZUUL",
              "zuul@ghostbusters.example.com",
              "America/New_York",
              "\"is_restricted\":true,\"is_ultra_restricted\":true,"),
          member("W0NOEMAIL", "", "America/New_York", ""),
          member("W0LOUIS", "louis@ghostbusters.example.com", "America/New_York", ""));

  private final SlackApiStub slack = new SlackApiStub();
  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final List<Duration> sleeps = new ArrayList<>();
  private final InMemoryPeople people =
      new InMemoryPeople()
          .given(
              person("egon", "spengler@ghostbusters.example.com", ZoneId.of("Europe/Berlin"), null),
              person("glinda", "glenda@south.oz.coven", LOS_ANGELES, "W0OLDGLND"),
              person("ray", "ray@ghostbusters.example.com", NEW_YORK, "W0RAY"),
              person("dana", "dana@ghostbusters.example.com", NEW_YORK, null),
              person("peter", "peter@ghostbusters.example.com", NEW_YORK, "W0DANA"),
              person("winston", "winston@ghostbusters.example.com", NEW_YORK, null),
              person("gozer", "gozer@ghostbusters.example.com", NEW_YORK, null),
              person("zuul", "zuul@ghostbusters.example.com", NEW_YORK, null));

  private SyncingSlackDirectory sync(Optional<String> token) {
    SlackCaller caller =
        new SlackCaller(slack.client(), org -> token, new SlackRateLimits(clock), clock);
    return new SyncingSlackDirectory(
        caller,
        people,
        duration -> {
          sleeps.add(duration);
          clock.advance(duration);
        });
  }

  private SyncingSlackDirectory sync() {
    return sync(Optional.of(TOKEN));
  }

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  @Test
  void linksEachMemberToThePersonWithTheirEmailAndReportsTheRest() {
    answerFirstPage(json(200, webApi("users.list.ok.with-next-cursor")));
    answerPage(FIRST_CURSOR, json(200, SECOND_PAGE));

    SlackSyncReport report = sync().sync(ORG);

    assertThat(report)
        .isEqualTo(
            new SlackSyncReport(
                11,
                3,
                1,
                1,
                1,
                1,
                2,
                1,
                1,
                List.of(
                    new UnmatchedSlackUser("W0LOUIS", new Email("louis@ghostbusters.example.com"))),
                1,
                Optional.empty()));
    assertThat(people.get(new PersonId("egon")).slackUserId()).contains("W012A3CDE");
    // Slack is where people keep their zone current: it replaces the directory's.
    assertThat(people.get(new PersonId("egon")).timeZone())
        .isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(people.get(new PersonId("egon")).name()).isEqualTo("egon");
    assertThat(people.get(new PersonId("glinda")).slackUserId()).contains("W07QCRPA4");
    assertThat(people.get(new PersonId("ray")).slackUserId()).contains("W0RAY");
    assertThat(people.get(new PersonId("dana")).slackUserId()).contains("W0DANA");
    assertThat(people.get(new PersonId("peter")).slackUserId()).isEmpty();
    assertThat(people.get(new PersonId("winston")).slackUserId()).contains("W0WINSTON");
    assertThat(people.get(new PersonId("gozer")).slackUserId()).isEmpty();
    assertThat(people.get(new PersonId("zuul")).slackUserId()).isEmpty();
    assertThat(people.savedBatches())
        .extracting(batch -> batch.stream().map(p -> p.id().value()).toList())
        .containsExactly(List.of("egon", "glinda"), List.of("peter", "dana", "winston"));
  }

  @Test
  void asksForPagesOfTwoHundredWithTheBotTokenAndFollowsTheCursor() {
    answerFirstPage(json(200, webApi("users.list.ok.with-next-cursor")));
    answerPage(FIRST_CURSOR, json(200, page("")));

    sync().sync(ORG);

    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/users.list"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("limit", equalTo("200"))
                .withFormParam("cursor", absent()));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/users.list"))
                .withFormParam("cursor", equalTo(FIRST_CURSOR)));
    slack.server().verify(2, postRequestedFor(urlEqualTo("/api/users.list")));
  }

  @Test
  void waitsOutSlacksRetryAfterBetweenPages() {
    answerFirstPage(json(200, webApi("users.list.ok.with-next-cursor")));
    slack
        .server()
        .stubFor(
            post(urlEqualTo("/api/users.list"))
                .withFormParam("cursor", equalTo(FIRST_CURSOR))
                .inScenario("throttled once")
                .whenScenarioStateIs(STARTED)
                .willReturn(
                    json(429, webApi("ratelimited.429.body")).withHeader("retry-after", "5"))
                .willSetStateTo("slowed down"));
    slack
        .server()
        .stubFor(
            post(urlEqualTo("/api/users.list"))
                .withFormParam("cursor", equalTo(FIRST_CURSOR))
                .inScenario("throttled once")
                .whenScenarioStateIs("slowed down")
                .willReturn(json(200, SECOND_PAGE)));

    SlackSyncReport report = sync().sync(ORG);

    assertThat(report.complete()).isTrue();
    assertThat(report.seen()).isEqualTo(11);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void keepsToTheUsersListTierOnLongDirectories() {
    answerFirstPage(json(200, page("c1")));
    answerPage("c1", json(200, page("c2")));
    answerPage("c2", json(200, page("c3")));
    answerPage("c3", json(200, page("")));

    assertThat(sync().sync(ORG).complete()).isTrue();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    slack.server().verify(4, postRequestedFor(urlEqualTo("/api/users.list")));
  }

  @Test
  void stopsWhenSlackRefusesTheTokenAndKeepsEarlierPages() {
    answerFirstPage(json(200, webApi("users.list.ok.with-next-cursor")));
    answerPage(FIRST_CURSOR, json(200, webApi("auth.test.error.invalid_auth")));

    SlackSyncReport report = sync().sync(ORG);

    assertThat(report.stoppedBy()).contains("slack users.list: invalid_auth");
    assertThat(report.seen()).isEqualTo(2);
    assertThat(people.get(new PersonId("egon")).slackUserId()).contains("W012A3CDE");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void retriesPassingFailuresTwiceThenStops() {
    answerFirstPage(json(500, "oops"));

    SlackSyncReport report = sync().sync(ORG);

    assertThat(report.stoppedBy()).contains("slack users.list: HTTP 500");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    slack.server().verify(3, postRequestedFor(urlEqualTo("/api/users.list")));
    assertThat(people.savedBatches()).isEmpty();
  }

  @Test
  void stopsWhenSlackRepeatsACursor() {
    answerFirstPage(json(200, page("c1")));
    answerPage("c1", json(200, page("c1")));

    SlackSyncReport report = sync().sync(ORG);

    assertThat(report.stoppedBy()).contains("slack users.list gave the same cursor twice");
    slack.server().verify(2, postRequestedFor(urlEqualTo("/api/users.list")));
  }

  @Test
  void anOrgWithoutATokenIsNotSynced() {
    SlackSyncReport report = sync(Optional.empty()).sync(ORG);

    assertThat(report.stoppedBy()).contains("slack workspace not installed");
    assertThat(report.seen()).isZero();
  }

  @Test
  void theSummaryHasCountsButNoEmails() {
    answerFirstPage(json(200, SECOND_PAGE));

    String summary = sync().sync(ORG).summary();

    assertThat(summary).contains("seen 9").contains("1 not in Trellis").doesNotContain("@");
  }

  private void answerFirstPage(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder r) {
    slack
        .server()
        .stubFor(
            post(urlEqualTo("/api/users.list")).withFormParam("cursor", absent()).willReturn(r));
  }

  private void answerPage(
      String cursor, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder r) {
    slack
        .server()
        .stubFor(
            post(urlEqualTo("/api/users.list"))
                .withFormParam("cursor", equalTo(cursor))
                .willReturn(r));
  }

  private static String page(String nextCursor, String... members) {
    return "{\"ok\":true,\"members\":["
        + String.join(",", members)
        + "],\"response_metadata\":{\"next_cursor\":\""
        + nextCursor
        + "\"}}";
  }

  /** A member in the shape of users.list's example, with only the fields the sync reads. */
  private static String member(String id, String email, String tz, String flags) {
    String profileEmail = email.isEmpty() ? "" : "\"email\":\"" + email + "\",";
    return "{\"id\":\""
        + id
        + "\",\"team_id\":\"T012AB3C4\",\"name\":\""
        + id.toLowerCase()
        + "\","
        + flags
        + "\"profile\":{"
        + profileEmail
        + "\"real_name\":\""
        + id
        + "\"},\"tz\":\""
        + tz
        + "\"}";
  }

  private static Person person(String id, String email, ZoneId zone, String slackUserId) {
    return new Person(
        new PersonId(id),
        ORG,
        new Email(email),
        id,
        Optional.empty(),
        Optional.empty(),
        zone,
        WorkingDays.MONDAY_TO_FRIDAY,
        QuietHours.DEFAULT,
        Optional.ofNullable(slackUserId),
        Optional.empty());
  }
}
