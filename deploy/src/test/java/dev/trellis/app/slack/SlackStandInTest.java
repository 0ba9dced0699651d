package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.trellis.app.RunningServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service with a WireMock as Slack's Web API, started for each test class before the
 * service is built; a subclass stubs what its Slack answers in its own {@code @BeforeAll}, which
 * runs after this one.
 */
abstract class SlackStandInTest extends RunningServiceTest {

  static final String FORM = "application/x-www-form-urlencoded";

  /** Slack, for the running test class. */
  static WireMockServer slack;

  @BeforeAll
  static void startSlack() {
    slack = new WireMockServer(options().dynamicPort());
    slack.start();
  }

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    registry.add("trellis.slack.api-url", () -> slack.baseUrl() + "/api/");
  }

  @AfterAll
  static void stopSlack() {
    slack.stop();
  }
}
