package dev.trellis.slack.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackApiStub.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.slack.send.SlackApiStub;
import dev.trellis.slack.send.SlackCaller;
import dev.trellis.slack.send.SlackRateLimits;
import dev.trellis.testkit.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncingSlackOrgsTest {

  private static final Org GHOSTBUSTERS = org("ghostbusters", Optional.of("T012AB3C4"));
  private static final Org BROKEN = org("broken", Optional.of("T0BROKEN"));
  private static final Org TEAMS_ONLY = org("teams-only", Optional.empty());
  private static final Org UNCHANGED = org("unchanged", Optional.of("T0SAME"));

  private final SlackApiStub slack = new SlackApiStub();
  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final InMemoryPeople people =
      new InMemoryPeople()
          .given(
              person("ray", GHOSTBUSTERS, "ray@ghostbusters.example.com", null),
              person("dana", UNCHANGED, "dana@ghostbusters.example.com", null));
  private final List<OrgId> replanned = new ArrayList<>();

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  @Test
  void linksThePeopleOfEachSlackOrgAndReplansOnlyTheOrgsWhereSomeoneChanged() {
    answerUsers(GHOSTBUSTERS, member("W0RAY", "ray@ghostbusters.example.com"));
    answerUsers(UNCHANGED, member("W0NOBODY", "nobody@ghostbusters.example.com"));

    syncing(List.of(GHOSTBUSTERS, TEAMS_ONLY, UNCHANGED)).syncEveryOrg();

    assertThat(people.get(new PersonId("ray")).slackUserId()).contains("W0RAY");
    assertThat(people.get(new PersonId("dana")).slackUserId()).isEmpty();
    assertThat(replanned).containsExactly(GHOSTBUSTERS.id());
    slack.server().verify(2, postRequestedFor(urlEqualTo("/api/users.list")));
  }

  @Test
  void anOrgWhoseSyncFailsDoesNotStopTheOrgsAfterIt() {
    answerUsers(GHOSTBUSTERS, member("W0RAY", "ray@ghostbusters.example.com"));

    syncing(List.of(BROKEN, GHOSTBUSTERS)).syncEveryOrg();

    assertThat(people.get(new PersonId("ray")).slackUserId()).contains("W0RAY");
    assertThat(replanned).containsExactly(GHOSTBUSTERS.id());
  }

  private SyncingSlackOrgs syncing(List<Org> all) {
    SlackCaller caller =
        new SlackCaller(
            slack.client(),
            orgId -> {
              if (orgId.equals(BROKEN.id())) {
                throw new IllegalStateException("the token store is down");
              }
              return Optional.of(TOKEN + "-" + orgId.value());
            },
            new SlackRateLimits(clock),
            clock);
    return new SyncingSlackOrgs(
        listed(all), new SyncingSlackDirectory(caller, people, clock::advance), replanned::add);
  }

  /** Slack's members of the org's workspace, asked for with the org's own bot token. */
  private void answerUsers(Org org, String member) {
    slack
        .server()
        .stubFor(
            post(urlEqualTo("/api/users.list"))
                .withHeader(
                    "Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer " + TOKEN + "-" + org.id().value()))
                .willReturn(
                    json(
                        200,
                        "{\"ok\":true,\"members\":["
                            + member
                            + "],\"response_metadata\":{\"next_cursor\":\"\"}}")));
  }

  private static String member(String id, String email) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + id.toLowerCase()
        + "\",\"profile\":{\"email\":\""
        + email
        + "\",\"real_name\":\""
        + id
        + "\"},\"tz\":\"America/New_York\"}";
  }

  /** The orgs Trellis serves, as a fixed list: the sync only lists them. */
  private static Orgs listed(List<Org> all) {
    return new Orgs() {
      @Override
      public Optional<Org> findById(OrgId id) {
        return all.stream().filter(o -> o.id().equals(id)).findFirst();
      }

      @Override
      public Optional<Org> findBySlackTeamId(String slackTeamId) {
        return all.stream()
            .filter(o -> o.slackTeamId().equals(Optional.of(slackTeamId)))
            .findFirst();
      }

      @Override
      public Optional<Org> findByTeamsTenantId(String teamsTenantId) {
        return all.stream()
            .filter(o -> o.teamsTenantId().equals(Optional.of(teamsTenantId)))
            .findFirst();
      }

      @Override
      public void save(Org org) {
        throw new UnsupportedOperationException("the sync does not change orgs");
      }

      @Override
      public List<Org> findAll() {
        return all;
      }
    };
  }

  private static Org org(String id, Optional<String> slackTeamId) {
    Optional<String> tenant =
        slackTeamId.isEmpty() ? Optional.of("tenant-" + id) : Optional.empty();
    return new Org(new OrgId(id), id, slackTeamId, tenant);
  }

  private static Person person(String id, Org org, String email, String slackUserId) {
    return new Person(
        new PersonId(id),
        org.id(),
        new Email(email),
        id,
        Optional.empty(),
        Optional.empty(),
        ZoneId.of("America/New_York"),
        WorkingDays.MONDAY_TO_FRIDAY,
        QuietHours.DEFAULT,
        Optional.ofNullable(slackUserId),
        Optional.empty());
  }
}
