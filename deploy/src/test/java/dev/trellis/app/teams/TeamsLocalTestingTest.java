package dev.trellis.app.teams;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.mongodb.client.model.Filters;
import dev.trellis.app.AdminClient;
import dev.trellis.app.RunningServiceTest;
import dev.trellis.testkit.teams.TeamsRequests;
import dev.trellis.testkit.teams.TeamsStandIn;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * No MICROSOFT_APP_ID, and TRELLIS_TEAMS_LOCAL_TESTING=true (the Bot Framework Emulator):
 * activities are taken without a token from this machine, but only when their service URL is on
 * this machine too, so nothing Trellis sends in answer leaves it. The stand-in connector listens on
 * localhost.
 */
@TestPropertySource(properties = "trellis.teams.local-testing=true")
class TeamsLocalTestingTest extends RunningServiceTest {

  /** The connector the Emulator would be, on this machine. */
  static final WireMockServer emulator = new WireMockServer(options().dynamicPort());

  static {
    emulator.start();
  }

  @AfterAll
  static void stopTheEmulator() {
    emulator.stop();
  }

  TeamsRequests requests;
  String suffix;
  String org;
  String tenant;
  TeamsRequests.Member ada;

  @BeforeEach
  void givenAnOrgAndAda() {
    TeamsStandIn.answersAsTheBotFrameworkDoes(emulator);
    requests = new TeamsRequests(port, "local-bot");
    suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    org = "local-" + suffix;
    tenant = UUID.randomUUID().toString();
    assertThat(
            admin
                .putOrg(
                    org, "{\"name\":\"Local " + suffix + "\",\"teamsTenantId\":\"" + tenant + "\"}")
                .status())
        .isEqualTo(201);
    ada = new TeamsRequests.Member("29:ada-" + suffix, UUID.randomUUID().toString(), "Ada Test");
    AdminClient.Answer imported =
        admin.postCsv(
            "/api/admin/orgs/" + org + "/people",
            "email,name,time_zone,teams_aad_object_id\nada-"
                + suffix
                + "@example.com,Ada Test,Europe/Berlin,"
                + ada.aadObjectId()
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  @Test
  void anActivityFromThisMachineWithItsServiceUrlHereIsServedEndToEnd() throws Exception {
    String serviceUrl = TeamsStandIn.serviceUrl(emulator); // http://localhost:<port>/amer/
    String chat = "a:local-" + suffix;

    assertThat(requests.post(requests.personalInstall(serviceUrl, tenant, chat, ada), null))
        .extracting(r -> r.statusCode())
        .isEqualTo(200);
    assertThat(cardText(await(() -> TeamsCalls.sentTo(emulator, chat), 1).get(0)))
        .contains("Hello, I am Trellis");
    ObjectNode help = requests.personalMessage(serviceUrl, tenant, chat, ada, "help");
    assertThat(requests.post(help, null).statusCode()).isEqualTo(200);

    ServeEvent answer = await(() -> TeamsCalls.sentTo(emulator, chat), 2).get(1);
    assertThat(cardText(answer)).contains("trellis pause 2w");
    assertThat(answer.getRequest().containsHeader("Authorization")).isFalse();
    Document stored = conversationOf(ada);
    assertThat(stored).isNotNull();
    assertThat(stored.getString("serviceUrl")).isEqualTo(serviceUrl);
  }

  @Test
  void anActivityWhoseServiceUrlIsNotOnThisMachineIsRefusedAndNothingIsStored() throws Exception {
    int here = emulator.port();
    List<String> elsewhere =
        List.of(
            "https://smba.trafficmanager.net/amer/",
            "http://127.0.0.1.nip.io:" + here + "/amer/",
            "http://localhost.evil.example:" + here + "/amer/",
            "http://localhost@evil.example/amer/",
            "http://127.0.0.1:" + here + "@evil.example/amer/",
            "http://evil.example/#@127.0.0.1:" + here + "/",
            "http://evil.example/amer/?from=http://localhost/",
            "http://0x7f000001:" + here + "/amer/",
            "http://[::ffff:8.8.8.8]/amer/",
            "ftp://127.0.0.1/amer/");
    long before = storedRequests();

    for (String serviceUrl : elsewhere) {
      String chat = "a:elsewhere-" + UUID.randomUUID();
      assertThat(requests.post(requests.personalInstall(serviceUrl, tenant, chat, ada), null))
          .as(serviceUrl)
          .extracting(r -> r.statusCode())
          .isEqualTo(401);
      assertThat(
              requests
                  .post(requests.personalMessage(serviceUrl, tenant, chat, ada, "history"), null)
                  .statusCode())
          .as(serviceUrl)
          .isEqualTo(401);
    }

    Thread.sleep(300);
    assertThat(storedRequests()).isEqualTo(before);
    assertThat(conversationOf(ada)).isNull();
    assertThat(emulator.getAllServeEvents()).isEmpty();
  }

  @Test
  void aRequestRelayedByAProxyIsRefused() throws Exception {
    ObjectNode help =
        requests.personalMessage(
            TeamsStandIn.serviceUrl(emulator), tenant, "a:local-" + suffix, ada, "help");

    assertThat(requests.post(help, null, Map.of("X-Forwarded-For", "203.0.113.7")).statusCode())
        .isEqualTo(401);
    assertThat(requests.post(help, null, Map.of("Forwarded", "for=203.0.113.7")).statusCode())
        .isEqualTo(401);
    assertThat(requests.post(help, null, Map.of("X-Real-IP", "203.0.113.7")).statusCode())
        .isEqualTo(401);
  }

  private Document conversationOf(TeamsRequests.Member member) {
    return db.getCollection("teams_conversations")
        .find(Filters.eq("_id", org + "/" + member.aadObjectId()))
        .first();
  }

  private long storedRequests() {
    return db.getCollection("inbox").countDocuments()
        + db.getCollection("inbox_done").countDocuments();
  }
}
