package dev.trellis.app.teams;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import dev.trellis.app.AdminClient;
import dev.trellis.app.RunningServiceTest;
import dev.trellis.testkit.teams.TeamsRequests;
import dev.trellis.testkit.teams.TeamsStandIn;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The running service with Teams connected ({@link #APP_ID}). A WireMock started for each test
 * class stands in for the Bot Framework ({@link TeamsStandIn}): the connector, the token endpoint,
 * and the OpenID metadata the SDK checks tokens against (the SDK's metadata URL is static state: it
 * points there only while the class runs). Each test starts with the stand-in answering afresh, a
 * client for signed requests, and a tenant of its own.
 */
@TestPropertySource(
    properties = {
      "trellis.teams.app-id=" + TeamsServiceTest.APP_ID,
      "trellis.teams.app-password=" + TeamsServiceTest.APP_PASSWORD
    })
abstract class TeamsServiceTest extends RunningServiceTest {

  static final String APP_ID = "5b0c3f7e-8a1d-4c2b-9e6f-3d7a1b2c4e5f";
  static final String APP_PASSWORD = "test-app-password";

  /** The Bot Framework, for the running test class: its service is built after this has started. */
  static WireMockServer teams;

  private static String previousMetadataUrl;

  @BeforeAll
  static void startTeamsAndTrustItsKeys() {
    teams = new WireMockServer(options().dynamicPort());
    teams.start();
    previousMetadataUrl = ChannelValidation.getOpenIdMetaDataUrl();
    ChannelValidation.setOpenIdMetaDataUrl(teams.baseUrl() + TeamsStandIn.METADATA_PATH);
  }

  @DynamicPropertySource
  static void tokenEndpoint(DynamicPropertyRegistry registry) {
    registry.add("trellis.teams.token-url", () -> teams.baseUrl() + TeamsStandIn.TOKEN_PATH);
  }

  @AfterAll
  static void restoreTheSdkAndStopTeams() {
    ChannelValidation.setOpenIdMetaDataUrl(previousMetadataUrl);
    teams.stop();
  }

  TeamsRequests requests;
  String suffix;
  String org;
  String tenant;
  String serviceUrl;

  @BeforeEach
  void connectToTheServiceAndTeams() {
    TeamsStandIn.answersAsTheBotFrameworkDoes(teams);
    requests = new TeamsRequests(port, APP_ID);
    serviceUrl = TeamsStandIn.serviceUrl(teams);
    suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    tenant = UUID.randomUUID().toString();
  }

  /** The org {@code <prefix><suffix>} of this test's tenant, created through the admin API. */
  void givenTheTenantsOrg(String prefix) {
    org = prefix + suffix;
    AdminClient.Answer created =
        admin.putOrg(
            org, "{\"name\":\"Contoso " + suffix + "\",\"teamsTenantId\":\"" + tenant + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }
}
