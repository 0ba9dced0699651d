package dev.trellis.teams.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.InstalledTeams;
import dev.trellis.teams.send.ConnectorStub;
import dev.trellis.teams.send.InMemoryTeamsConversations;
import dev.trellis.teams.send.TeamsOneToOne;
import dev.trellis.teams.send.TeamsRateLimits;
import dev.trellis.testkit.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncingTeamsOrgsTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  private static final String TEAM = "19:team1@thread.tacv2";
  private static final String MEMBERS =
      "/amer/v3/conversations/19%3Ateam1%40thread.tacv2/pagedmembers?pageSize=500";

  private static final Org FABRIKAM =
      new Org(new OrgId("fabrikam"), "Fabrikam", Optional.empty(), Optional.of(TENANT));
  private static final Org BROKEN =
      new Org(new OrgId("broken"), "Broken", Optional.empty(), Optional.of("tenant-broken"));
  private static final Org SLACK_ONLY =
      new Org(new OrgId("slack-only"), "Slack only", Optional.of("T0SLACK"), Optional.empty());

  private final TestClock clock = new TestClock(NOW);
  private final ConnectorStub stub = new ConnectorStub(clock);
  private final InMemoryPeople people = new InMemoryPeople();
  private final InMemoryTeamsConversations conversations = new InMemoryTeamsConversations();
  private final List<OrgId> askedForTeams = new ArrayList<>();
  private final List<OrgId> replanned = new ArrayList<>();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void linksThePeopleOfEachTeamsOrgAndAnOrgThatFailsDoesNotStopTheOthers() {
    people.given(person("john", "johnp@fabrikam.com"));
    conversations.save(
        new TeamsConversation(
            FABRIKAM.id(),
            "aad-john",
            stub.serviceUrl(),
            "a:john",
            TENANT,
            "28:bot",
            "29:john",
            NOW));
    stub.server.stubFor(
        get(urlEqualTo(MEMBERS))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"members\":[{\"id\":\"29:john\",\"aadObjectId\":\"aad-john\","
                            + "\"email\":\"johnp@fabrikam.com\",\"userRole\":\"user\"}]}")));

    new SyncingTeamsOrgs(listed(BROKEN, SLACK_ONLY, FABRIKAM), rosters()).syncEveryOrg();

    assertThat(askedForTeams).containsExactly(BROKEN.id(), FABRIKAM.id());
    assertThat(people.findAll(FABRIKAM.id()))
        .singleElement()
        .satisfies(john -> assertThat(john.teamsAadObjectId()).contains("aad-john"));
    assertThat(replanned).containsExactly(FABRIKAM.id());
  }

  private TeamsRosters rosters() {
    return new TeamsRosters(
        installedTeams(),
        new SyncingTeamsRoster(stub.connector(), people),
        conversations,
        new TeamsOneToOne(stub.connector(), conversations, new TeamsRateLimits(clock), clock),
        replanned::add,
        ConnectorStub.PROPERTIES);
  }

  /** Fabrikam's one team; asking for the broken org's teams fails. */
  private InstalledTeams installedTeams() {
    InstalledTeam team =
        new InstalledTeam(FABRIKAM.id(), TEAM, stub.serviceUrl(), TEAM, TENANT, "Team 1", NOW);
    return new InstalledTeams() {
      @Override
      public void save(InstalledTeam saved) {
        throw new UnsupportedOperationException("the sync does not install teams");
      }

      @Override
      public Optional<InstalledTeam> find(OrgId orgId, String teamId) {
        return findAll(orgId).stream().filter(t -> t.teamId().equals(teamId)).findFirst();
      }

      @Override
      public List<InstalledTeam> findAll(OrgId orgId) {
        askedForTeams.add(orgId);
        if (orgId.equals(BROKEN.id())) {
          throw new IllegalStateException("the team store is down");
        }
        return orgId.equals(FABRIKAM.id()) ? List.of(team) : List.of();
      }

      @Override
      public void forget(OrgId orgId, String teamId) {
        throw new UnsupportedOperationException("the sync does not forget teams");
      }
    };
  }

  /** The orgs Trellis serves, as a fixed list: the sync only lists them. */
  private static Orgs listed(Org... all) {
    return new Orgs() {
      @Override
      public Optional<Org> findById(OrgId id) {
        return List.of(all).stream().filter(o -> o.id().equals(id)).findFirst();
      }

      @Override
      public Optional<Org> findBySlackTeamId(String slackTeamId) {
        return Optional.empty();
      }

      @Override
      public Optional<Org> findByTeamsTenantId(String teamsTenantId) {
        return Optional.empty();
      }

      @Override
      public void save(Org org) {
        throw new UnsupportedOperationException("the sync does not change orgs");
      }

      @Override
      public List<Org> findAll() {
        return List.of(all);
      }
    };
  }

  private static Person person(String id, String email) {
    return new Person(
        new PersonId(id),
        FABRIKAM.id(),
        new Email(email),
        id,
        Optional.empty(),
        Optional.empty(),
        ZoneId.of("Europe/Berlin"),
        WorkingDays.MONDAY_TO_FRIDAY,
        QuietHours.DEFAULT,
        Optional.empty(),
        Optional.empty());
  }
}
