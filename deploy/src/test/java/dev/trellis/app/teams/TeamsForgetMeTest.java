package dev.trellis.app.teams;

import static dev.trellis.app.teams.TeamsCalls.activityId;
import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.card;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.app.teams.TeamsCalls.submitAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.app.AdminClient;
import dev.trellis.app.UnclaimedCollections;
import dev.trellis.core.feature.Routes;
import dev.trellis.testkit.teams.TeamsRequests;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forget-me on Teams, against the running service: Rita types {@code trellis forget-me} in her 1:1
 * chat with the bot and presses "Erase everything"; the answer reaches her chat although Trellis no
 * longer knows her, and no document holds her AAD object id, Teams user id or email afterwards (the
 * conversation reference included).
 */
class TeamsForgetMeTest extends TeamsServiceTest {

  static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T10:00:00Z");

  TeamsRequests.Member olga;
  TeamsRequests.Member rita;

  @Autowired Routes routes;

  @BeforeEach
  void givenRitaReportingToOlga() throws Exception {
    clock.set(MONDAY_MORNING);
    givenTheTenantsOrg("teams-forget-");
    olga = member("olga", "Olga");
    rita = member("rita", "Rita");
    AdminClient.Answer imported =
        admin.postCsv(
            "/api/admin/orgs/" + org + "/people",
            "email,name,manager_email,time_zone,teams_aad_object_id\n"
                + String.join(",", email("olga"), "Olga", "", "Europe/Berlin", olga.aadObjectId())
                + "\n"
                + String.join(
                    ",", email("rita"), "Rita", email("olga"), "Europe/Berlin", rita.aadObjectId())
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    for (TeamsRequests.Member member : List.of(olga, rita)) {
      assertThat(
              requests
                  .post(
                      requests.personalInstall(
                          serviceUrl, tenant, TeamsCalls.chatOf(member), member))
                  .statusCode())
          .isEqualTo(200);
      await(() -> sentTo(member), 1);
    }
  }

  @Test
  void ritaConfirmsInHerChatAndIsToldEverythingIsErased() throws Exception {
    int before = sentTo(rita).size();
    requests.post(
        requests.personalMessage(
            serviceUrl, tenant, TeamsCalls.chatOf(rita), rita, "trellis forget-me"));
    ServeEvent asked = await(() -> sentTo(rita), before + 1).get(before);
    assertThat(cardText(asked)).contains("This erases everything Trellis keeps about you");
    JsonNode erase = submitAction(card(asked), "Erase everything");

    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(rita),
            rita,
            erase.path("data"),
            activityId(asked)));

    // The answer takes the place of the card whose button she pressed, in her chat.
    ServeEvent answered =
        await(
                () ->
                    TeamsCalls.eventsMatching(
                        teams,
                        e ->
                            e.getRequest()
                                    .getUrl()
                                    .startsWith(TeamsCalls.activitiesPath(TeamsCalls.chatOf(rita)))
                                && e.getRequest()
                                    .getBodyAsString()
                                    .contains("Everything Trellis kept about you is erased")),
                1)
            .get(0);
    assertThat(answered.getRequest().getUrl()).contains(activityId(asked));
    for (String collection : db.listCollectionNames()) {
      for (Document d : db.getCollection(collection).find()) {
        assertThat(d.toJson())
            .as(collection)
            .doesNotContain(rita.aadObjectId())
            .doesNotContain(rita.userId())
            .doesNotContain(email("rita"));
      }
    }
    assertThat(db.getCollection("teams_conversations").countDocuments(new Document("org", org)))
        .isEqualTo(1);
  }

  /** The people of every test so far, with their platform ids, are erasable everywhere. */
  @Test
  void everyCollectionNamingAPersonIsClaimedByAnErasure() {
    assertThat(UnclaimedCollections.in(db, routes)).isEmpty();
    assertThat(routes.erasedCollections())
        .contains("person_identities", "people", "outbox", "inbox", "teams_conversations");
  }

  private TeamsRequests.Member member(String name, String fullName) {
    return new TeamsRequests.Member(
        "29:" + name + "-" + suffix, UUID.randomUUID().toString(), fullName);
  }

  private String email(String name) {
    return name + "-" + suffix + "@example.com";
  }

  private List<ServeEvent> sentTo(TeamsRequests.Member member) {
    return TeamsCalls.sentTo(teams, TeamsCalls.chatOf(member));
  }
}
