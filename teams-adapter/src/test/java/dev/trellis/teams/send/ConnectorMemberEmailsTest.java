package dev.trellis.teams.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.teams.inbound.ReplyTo;
import dev.trellis.testkit.TestClock;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectorMemberEmailsTest {

  final ConnectorStub stub =
      new ConnectorStub(new TestClock(Instant.parse("2026-11-23T10:00:00Z")));
  final ConnectorMemberEmails emails = new ConnectorMemberEmails(stub.connector());

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void theMembersEmailComesFromTheConnector() throws Exception {
    stub.server.stubFor(
        get(urlPathMatching("/amer/v3/conversations/.*/members/.*"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(ConnectorFixtures.connector("get-member.response"))));

    assertThat(emails.emailOf(where(), "29:1GcS4EyB")).contains("Larry.Brown@fabrikam.com");
  }

  @Test
  void anUnknownMemberHasNoneAndAPassingFailureIsThrown() {
    stub.server.stubFor(
        get(urlPathMatching("/amer/v3/conversations/.*/members/unknown"))
            .willReturn(aResponse().withStatus(404)));
    stub.server.stubFor(
        get(urlPathMatching("/amer/v3/conversations/.*/members/busy"))
            .willReturn(aResponse().withStatus(503)));

    assertThat(uncheckedEmailOf("unknown")).isEmpty();
    assertThatThrownBy(() -> emails.emailOf(where(), "busy")).isInstanceOf(IOException.class);
  }

  private java.util.Optional<String> uncheckedEmailOf(String userId) {
    try {
      return emails.emailOf(where(), userId);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private ReplyTo where() {
    return new ReplyTo(stub.serviceUrl(), "a:1-personal-chat", "tenant", "28:bot", "", true);
  }
}
