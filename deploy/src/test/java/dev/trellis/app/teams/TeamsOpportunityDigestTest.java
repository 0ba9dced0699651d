package dev.trellis.app.teams;

import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.card;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.app.teams.TeamsCalls.submitAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.app.AdminClient;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.mongo.MongoOpportunities;
import dev.trellis.core.opportunity.OpportunityDraft;
import dev.trellis.core.opportunity.OpportunityKind;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.teams.TeamsRequests;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The weekly opportunity digest on Teams, against the running service: Rita (Design) has a goal
 * that suits Pete's gig in Platform; on Monday at 10:00 in Berlin her 1:1 chat with the bot gets a
 * valid Adaptive Card 1.5 with why it suits and the "I'm interested" button. Pete, the poster, gets
 * none.
 */
@TestPropertySource(properties = "trellis.opportunities.weekly-digest=true")
class TeamsOpportunityDigestTest extends TeamsServiceTest {

  /** Sunday 15 November 2026, noon in Berlin. */
  static final Instant SUNDAY = Instant.parse("2026-11-15T11:00:00Z");

  /** Monday 16 November, just after 10:00 in Berlin. */
  static final Instant MONDAY_TEN = Instant.parse("2026-11-16T09:00:30Z");

  @Autowired People directory;

  TeamsRequests.Member pete;
  TeamsRequests.Member rita;

  @BeforeEach
  void givenRitaInDesignAndPeteInPlatform() throws Exception {
    clock.set(SUNDAY);
    givenTheTenantsOrg("teams-digest-");
    pete = member("pete", "Pete");
    rita = member("rita", "Rita");
    AdminClient.Answer imported =
        admin.postCsv(
            "/api/admin/orgs/" + org + "/people",
            "email,name,time_zone,department,teams_aad_object_id\n"
                + String.join(
                    ",", email("pete"), "Pete", "Europe/Berlin", "Platform", pete.aadObjectId())
                + "\n"
                + String.join(
                    ",", email("rita"), "Rita", "Europe/Berlin", "Design", rita.aadObjectId())
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    for (TeamsRequests.Member member : List.of(pete, rita)) {
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

  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    assertThat(TeamsCalls.everyCardIsValidAdaptiveCard15(teams)).isPositive();
  }

  @Test
  void ritasDigestCardExplainsTheMatchAndCarriesTheInterestedButton() throws Exception {
    int before = sentTo(rita).size();
    assertThat(
            requests
                .post(
                    requests.personalMessage(
                        serviceUrl,
                        tenant,
                        TeamsCalls.chatOf(rita),
                        rita,
                        "trellis goal add Learn Kubernetes --direction lateral"))
                .statusCode())
        .isEqualTo(200);
    await(() -> sentTo(rita), before + 1);
    OrgId orgId = new OrgId(org);
    PersonId poster =
        directory.findAll(orgId).stream()
            .filter(p -> p.name().equals("Pete"))
            .findFirst()
            .orElseThrow()
            .id();
    new MongoOpportunities(db)
        .post(
            orgId,
            new OpportunityDraft(
                poster,
                "Cluster upgrade",
                OpportunityKind.GIG,
                Optional.empty(),
                List.of("kubernetes"),
                Optional.empty(),
                LocalDate.parse("2026-12-31")),
            SUNDAY);

    work.planEveryOrg();
    clock.set(MONDAY_TEN);
    work.runDueSteps();
    work.dispatch();

    ServeEvent digest =
        await(
                () ->
                    sentTo(rita).stream()
                        .filter(e -> cardText(e).contains("Opportunities for your goals"))
                        .toList(),
                1)
            .get(0);
    assertThat(cardText(digest))
        .contains("Cluster upgrade")
        .contains("Matches your goal *Learn Kubernetes*, lateral; skill: kubernetes");
    String data = submitAction(card(digest), "I'm interested").path("data").toString();
    assertThat(data).contains("opportunity.interested.1").contains(org + ":1#1");
    assertThat(sentTo(pete).stream().map(TeamsCalls::cardText).toList().toString())
        .doesNotContain("Opportunities for your goals");
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
