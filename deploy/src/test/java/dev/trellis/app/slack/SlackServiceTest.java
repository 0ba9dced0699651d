package dev.trellis.app.slack;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The running service with Slack connected over HTTP (one workspace, {@link #TEAM}, by its bot
 * token), its Web API and response URLs stood in for by {@link SlackStandIn}. Each test starts with
 * Slack's requests forgotten, a client for signed requests, and the workspace's org.
 */
@TestPropertySource(
    properties = {
      "trellis.slack.bot-token=xoxb-test-token",
      "trellis.slack.signing-secret=" + SlackServiceTest.SIGNING_SECRET
    })
abstract class SlackServiceTest extends SlackStandInTest {

  static final String SIGNING_SECRET = "test-signing-secret";
  static final String TEAM = "T111";

  @BeforeAll
  static void slackKnowsTheWorkspace() {
    SlackStandIn.knowsWorkspace(slack, TEAM, "Test Domain");
  }

  @Autowired Orgs orgs;

  SlackRequests requests;
  OrgId org;
  String suffix;

  @BeforeEach
  void connectToTheWorkspace() {
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    requests = new SlackRequests(port, SIGNING_SECRET);
    org = orgs.findBySlackTeamId(TEAM).orElseThrow().id();
    suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }
}
