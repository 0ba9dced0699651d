package dev.trellis.app.slack;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mongodb.client.MongoDatabase;
import dev.trellis.app.AdminClient;
import dev.trellis.app.ScheduledWorkAccess;
import dev.trellis.app.TestClockWiring;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.testkit.TestClock;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service with Slack connected over HTTP (one workspace, {@link #TEAM}, by its bot
 * token), on the embedded MongoDB in memory and a clock the test sets. A WireMock started for each
 * test class stands in for Slack's Web API and response URLs ({@link SlackStandIn}); each test
 * starts with its requests forgotten, signed-request and admin clients, and the workspace's org.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trellis.mongodb.embedded=memory",
      "trellis.admin.token=" + SlackServiceTest.ADMIN_TOKEN,
      "trellis.scheduling.enabled=false",
      "trellis.slack.bot-token=xoxb-test-token",
      "trellis.slack.signing-secret=" + SlackServiceTest.SIGNING_SECRET
    })
@Import({TestClockWiring.class, ScheduledWorkAccess.Wiring.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class SlackServiceTest {

  static final String ADMIN_TOKEN = "test-admin-token-0123456789";
  static final String SIGNING_SECRET = "test-signing-secret";
  static final String TEAM = "T111";
  static final String WORKSPACE_NAME = "Test Domain";
  static final String FORM = "application/x-www-form-urlencoded";

  /** Slack, for the running test class: its service is built after this has started. */
  static WireMockServer slack;

  @BeforeAll
  static void startSlack() {
    slack = SlackStandIn.started(TEAM, WORKSPACE_NAME);
  }

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    registry.add("trellis.slack.api-url", () -> slack.baseUrl() + "/api/");
  }

  @AfterAll
  static void stopSlack() {
    slack.stop();
  }

  @LocalServerPort int port;
  @Autowired Orgs orgs;
  @Autowired TestClock clock;
  @Autowired ScheduledWorkAccess work;
  @Autowired MongoDatabase db;

  SlackRequests requests;
  AdminClient admin;
  OrgId org;
  String suffix;

  @BeforeEach
  void connectToTheServiceAndSlack() {
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    requests = new SlackRequests(port, SIGNING_SECRET);
    admin = new AdminClient(port, ADMIN_TOKEN);
    org = orgs.findBySlackTeamId(TEAM).orElseThrow().id();
    suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }
}
