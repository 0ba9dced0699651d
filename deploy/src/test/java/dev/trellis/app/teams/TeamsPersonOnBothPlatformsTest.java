package dev.trellis.app.teams;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.testkit.teams.TeamsStandIn.METADATA_PATH;
import static dev.trellis.testkit.teams.TeamsStandIn.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import dev.trellis.app.AdminClient;
import dev.trellis.app.ScheduledWorkAccess;
import dev.trellis.app.TestClockWiring;
import dev.trellis.testkit.TestClock;
import dev.trellis.testkit.teams.TeamsRequests;
import dev.trellis.testkit.teams.TeamsStandIn;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person with a Slack id and a Teams id, on a service with only Teams configured (no Slack
 * token): their messages reach them on Teams, and {@code settings platform} changes and shows where
 * they go first. The org is linked to a Slack team and a Teams tenant, so only the service's
 * platforms and the fallback can bring the message to Teams.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trellis.mongodb.embedded=memory",
      "trellis.admin.token=" + TeamsPersonOnBothPlatformsTest.ADMIN_TOKEN,
      "trellis.scheduling.enabled=false",
      "trellis.teams.app-id=" + TeamsPersonOnBothPlatformsTest.APP_ID,
      "trellis.teams.app-password=" + TeamsPersonOnBothPlatformsTest.APP_PASSWORD
    })
@Import({TestClockWiring.class, ScheduledWorkAccess.Wiring.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TeamsPersonOnBothPlatformsTest {

  static final String ADMIN_TOKEN = "test-admin-token-0123456789";
  static final String APP_ID = "5b0c3f7e-8a1d-4c2b-9e6f-3d7a1b2c4e5f";
  static final String APP_PASSWORD = "test-app-password";

  static final WireMockServer teams = new WireMockServer(options().dynamicPort());
  static final String previousMetadataUrl;

  static {
    teams.start();
    previousMetadataUrl = ChannelValidation.getOpenIdMetaDataUrl();
    ChannelValidation.setOpenIdMetaDataUrl(teams.baseUrl() + METADATA_PATH);
  }

  @DynamicPropertySource
  static void tokenEndpoint(DynamicPropertyRegistry registry) {
    registry.add("trellis.teams.token-url", () -> teams.baseUrl() + TOKEN_PATH);
  }

  @AfterAll
  static void restoreTheSdkAndStopTeams() {
    ChannelValidation.setOpenIdMetaDataUrl(previousMetadataUrl);
    teams.stop();
  }

  @LocalServerPort int port;
  @Autowired TestClock clock;
  @Autowired ScheduledWorkAccess work;

  TeamsRequests requests;
  AdminClient admin;
  String suffix;
  String org;
  String tenant;
  String serviceUrl;
  TeamsRequests.Member ada;

  @BeforeEach
  void givenAnOrgOnBothPlatformsAndAPersonWithBothIdsWhoInstalledTheBotOnTeams() throws Exception {
    clock.set(Instant.parse("2026-10-21T12:00:00Z"));
    TeamsStandIn.answersAsTheBotFrameworkDoes(teams);
    requests = new TeamsRequests(port, APP_ID);
    admin = new AdminClient(port, ADMIN_TOKEN);
    serviceUrl = TeamsStandIn.serviceUrl(teams);
    suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    org = "both-" + suffix;
    tenant = UUID.randomUUID().toString();
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
