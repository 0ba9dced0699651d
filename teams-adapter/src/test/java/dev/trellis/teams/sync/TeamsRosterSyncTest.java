package dev.trellis.teams.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.teams.send.ConnectorFixtures.connector;
import static dev.trellis.teams.send.ConnectorFixtures.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.send.ConnectorStub;
import dev.trellis.testkit.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamsRosterSyncTest {

  private static final OrgId ORG = new OrgId("fabrikam");
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  private static final String BOT = "28:00000000-0000-0000-0000-00000000a99d";
  private static final String TEAM = "19:team1@thread.tacv2";
  private static final String MEMBERS =
      "/amer/v3/conversations/19%3Ateam1%40thread.tacv2/pagedmembers?pageSize=500";
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final ConnectorStub stub =
      new ConnectorStub(new TestClock(Instant.parse("2026-11-20T09:00:00Z")));
  private final InMemoryPeople people = new InMemoryPeople();
  private final SyncingTeamsRoster roster = new SyncingTeamsRoster(stub.connector(), people);

  @AfterEach
  void stop() {
    stub.close();
  }

  private static Person person(String id, String email, Optional<String> aad) {
    return new Person(
        new PersonId(id),
        ORG,
        new Email(email),
        id,
        Optional.empty(),
        Optional.empty(),
        BERLIN,
        WorkingDays.MONDAY_TO_FRIDAY,
        QuietHours.DEFAULT,
        Optional.empty(),
        aad);
  }

  private void answer(String url, int status, String body) {
    stub.server.stubFor(
        get(urlEqualTo(url))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  @Test
  void pagesThroughTheTeamAndLinksPeopleByEmailThenUpnSkippingGuests() {
    people.given(person("john", "johnp@fabrikam.com", Optional.empty()));
    people.given(person("rick", "rick.stevens@fabrikam.com", Optional.empty()));
    people.given(person("larry", "labrown@fabrikam.com", Optional.empty()));
    answer(MEMBERS, 200, connector("get-paged-members.response"));
    answer(
        MEMBERS + "&continuationToken=asdfqwerueiqpiewr",
        200,
        "{\"members\":[" + connector("get-member.response") + "]}");

    TeamsRosterReport report = roster.sync(ORG, stub.serviceUrl(), TEAM, TENANT, BOT);

    assertThat(report)
        .isEqualTo(new TeamsRosterReport(4, 3, 0, 1, 0, 0, List.of(), 2, Optional.empty()));
    assertThat(people.get(new PersonId("john")).teamsAadObjectId())
        .contains("76b0b09f-d410-48fd-993e-84da521a597b");
    assertThat(people.get(new PersonId("rick")).teamsAadObjectId())
        .contains("6b7b3b2a-2c4b-4175-8582-41c9e685c1b5");
    assertThat(people.get(new PersonId("larry")).teamsAadObjectId())
        .contains("9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c");
    assertThat(people.get(new PersonId("larry")).timeZone()).isEqualTo(BERLIN);
    assertThat(people.savedBatches()).extracting(List::size).containsExactly(2, 1);
    stub.server.verify(
        getRequestedFor(urlEqualTo(MEMBERS))
            .withHeader("Authorization", equalTo("Bearer " + ConnectorStub.TOKEN)));
  }

  @Test
  void createsNobodyAndReportsMembersNotInTheDirectoryAndConflicts() {
    people.given(person("john", "johnp@fabrikam.com", Optional.of("another-object-id")));
    people.given(
        person(
            "rick",
            "rick.stevens@fabrikam.com",
            Optional.of("6b7b3b2a-2c4b-4175-8582-41c9e685c1b5")));
    answer(MEMBERS, 200, connector("get-paged-members.response").replace("asdfqwerueiqpiewr", ""));

    TeamsRosterReport report = roster.sync(ORG, stub.serviceUrl(), TEAM, TENANT, BOT);

    assertThat(report)
        .isEqualTo(new TeamsRosterReport(3, 0, 1, 1, 0, 1, List.of(), 1, Optional.empty()));
    assertThat(people.savedBatches()).isEmpty();
    assertThat(people.findAll(ORG)).hasSize(2);
  }

  @Test
  void membersNobodyHasAreReportedNotCreated() {
    answer(MEMBERS, 200, "{\"members\":[" + connector("get-member.response") + "]}");

    TeamsRosterReport report = roster.sync(ORG, stub.serviceUrl(), TEAM, TENANT, BOT);

    assertThat(report.notInTrellis()).containsExactly("larry.brown@fabrikam.com");
    assertThat(people.findAll(ORG)).isEmpty();
  }

  @Test
  void aRefusedPageStopsTheSyncAndKeepsWhatWasSaved() {
    people.given(person("john", "johnp@fabrikam.com", Optional.empty()));
    answer(MEMBERS, 200, connector("get-paged-members.response"));
    stub.server.stubFor(
        get(urlEqualTo(MEMBERS + "&continuationToken=asdfqwerueiqpiewr"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));

    TeamsRosterReport report = roster.sync(ORG, stub.serviceUrl(), TEAM, TENANT, BOT);

    assertThat(report.linked()).isEqualTo(1);
    assertThat(report.stoppedBy()).contains("throttled by Teams, retry after 12s");
    assertThat(people.savedBatches()).extracting(List::size).containsExactly(1);
  }

  @Test
  void aTeamTheBotLeftStopsTheSync() {
    answer(MEMBERS, 404, error("ConversationNotFound"));

    TeamsRosterReport report = roster.sync(ORG, stub.serviceUrl(), TEAM, TENANT, BOT);

    assertThat(report.stoppedBy()).contains("Teams connector HTTP 404 ConversationNotFound");
    assertThat(report.pages()).isZero();
  }
}
