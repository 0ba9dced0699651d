package dev.trellis.app.teams;

import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.app.AdminClient;
import dev.trellis.testkit.teams.TeamsRequests;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person with a Slack id and a Teams id, on a service with only Teams configured (no Slack
 * token): their messages reach them on Teams, and {@code settings platform} changes and shows where
 * they go first. The org is linked to a Slack team and a Teams tenant, so only the service's
 * platforms and the fallback can bring the message to Teams.
 */
class TeamsPersonOnBothPlatformsTest extends TeamsServiceTest {

  TeamsRequests.Member ada;

  @BeforeEach
  void givenAnOrgOnBothPlatformsAndAPersonWithBothIdsWhoInstalledTheBotOnTeams() throws Exception {
    clock.set(Instant.parse("2026-10-21T12:00:00Z"));
    org = "both-" + suffix;
    String slackTeam = "T0" + suffix.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "0");
    AdminClient.Answer created =
        admin.putOrg(
            org,
            "{\"name\":\"Contoso "
                + suffix
                + "\",\"slackTeamId\":\""
                + slackTeam
                + "\",\"teamsTenantId\":\""
                + tenant
                + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    ada =
        new TeamsRequests.Member(
            "29:ada-" + suffix, UUID.randomUUID().toString(), "Ada Test " + suffix);
    String csv =
        "email,name,time_zone,slack_user_id,teams_aad_object_id\n"
            + String.join(
                ",",
                email(),
                ada.name(),
                "Europe/Berlin",
                "U0" + suffix.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "0"),
                ada.aadObjectId())
            + "\n";
    AdminClient.Answer imported = admin.postCsv("/api/admin/orgs/" + org + "/people", csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(requests.post(requests.personalInstall(serviceUrl, tenant, chat(), ada)))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    await(this::sentToAda, 1);
  }

  @Test
  void anAdminsSendNowPromptArrivesInTheirTeamsChatNotAsADeadLetter() throws Exception {
    AdminClient.Answer answer =
        admin.post("/api/admin/orgs/" + org + "/people/" + email() + "/prompts");
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    work.dispatch();

    ServeEvent prompt = await(this::sentToAda, 2).get(1);

    assertThat(cardText(prompt)).isNotBlank().doesNotContain("Hello, I am Trellis");
    assertThat(admin.get("/api/admin/orgs/" + org + "/outbox?state=dead").json().size()).isZero();
    assertThat(admin.get("/api/admin/orgs/" + org + "/outbox?state=pending").json().size())
        .isZero();
  }

  @Test
  void settingsPlatformSlackChangesTheChoiceAndSettingsShowsIt() throws Exception {
    assertThat(say("settings")).contains("Messages come on").contains("auto");

    assertThat(say("settings platform slack")).contains("now come on Slack");
    assertThat(say("settings")).contains("Messages come on").contains("Slack");

    // Slack is not connected here, so a prompt still reaches them, on Teams.
    int before = sentToAda().size();
    AdminClient.Answer answer =
        admin.post("/api/admin/orgs/" + org + "/people/" + email() + "/prompts");
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    work.dispatch();
    await(this::sentToAda, before + 1);
    assertThat(admin.get("/api/admin/orgs/" + org + "/outbox?state=dead").json().size()).isZero();
  }

  /** Ada types {@code text} in her chat; answers Trellis's reply as the connector got it. */
  private String say(String text) throws Exception {
    int before = sentToAda().size();
    assertThat(requests.post(requests.personalMessage(serviceUrl, tenant, chat(), ada, text)))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    List<ServeEvent> sent = await(this::sentToAda, before + 1);
    return sent.get(sent.size() - 1).getRequest().getBodyAsString();
  }

  private List<ServeEvent> sentToAda() {
    return TeamsCalls.sentTo(teams, chat());
  }

  private String email() {
    return "ada-" + suffix + "@example.com";
  }

  private String chat() {
    return "a:1on1-ada-" + suffix;
  }
}
