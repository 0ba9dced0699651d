package dev.trellis.slack.send;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackApiStub.json;
import static dev.trellis.slack.send.SlackFixtures.webApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.View;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackHomeTabTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final View HOME =
      View.builder()
          .type("home")
          .blocks(List.of(section(s -> s.text(markdownText("Your career map")))))
          .build();

  private final SlackApiStub slack = new SlackApiStub();
  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final SlackHomeTab homeTab =
      new SlackHomeTab(
          new SlackCaller(
              slack.client(), org -> Optional.of(TOKEN), new SlackRateLimits(clock), clock));

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  @Test
  void publishesTheViewForThePerson() {
    slack.answer("views.publish", webApi("views.publish.ok"));

    Delivery delivery = homeTab.publish(ORG, "W012A3CDE", HOME);

    assertThat(delivery)
        .isEqualTo(new Delivery.Delivered(new MessageRef(Platform.SLACK, "view:VMHU10V25")));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/views.publish"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("user_id", equalTo("W012A3CDE"))
                .withFormParam("view", matchingJsonPath("$.type", equalTo("home")))
                .withFormParam(
                    "view", matchingJsonPath("$.blocks[0].text.text", equalTo("Your career map"))));
  }

  @Test
  void aRefusedViewFailsWithSlacksCode() {
    slack.answer("views.publish", webApi("views.publish.error.invalid_arguments"));

    assertThat(homeTab.publish(ORG, "W012A3CDE", HOME))
        .isEqualTo(new Delivery.Failed("slack views.publish: invalid_arguments", false));
  }

  @Test
  void throttlingIsReportedNotWaitedOut() {
    slack.answer(
        "views.publish", json(429, webApi("ratelimited.429.body")).withHeader("retry-after", "1"));

    assertThat(homeTab.publish(ORG, "W012A3CDE", HOME))
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ofSeconds(1),
                true,
                "slack views.publish: HTTP 429",
                Delivery.Holds.MESSAGE));
  }
}
