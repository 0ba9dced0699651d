package dev.trellis.teams.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.trellis.testkit.TestClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every call to the Bot Connector and its token endpoint is counted by a fixed operation name
 * (never an id from the path) and its outcome.
 */
class ConnectorCallsTest {

  private final ConnectorStub stub =
      new ConnectorStub(new TestClock(Instant.parse("2026-03-02T10:00:00Z")));
  private final TeamsConnector connector = stub.connector();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void countOnARegistryOfThisTest() {
    Metrics.addRegistry(registry);
  }

  @AfterEach
  void stop() {
    Metrics.removeRegistry(registry);
    stub.close();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "POST, /v3/conversations, createConversation",
    "POST, /v3/conversations/a%3A1x%40thread.v2/activities, send",
    "POST, /v3/conversations/a%3A1x/activities/, send",
    "PUT, /v3/conversations/a%3A1x/activities/1712345, update",
    "GET, /v3/conversations/19%3Aabc/members/29%3A1def, members",
    "GET, /v3/conversations/19%3Aabc/pagedmembers?pageSize=500&continuationToken=x, members",
    "DELETE, /v3/conversations/a/activities/1, other"
  })
  void eachPathHasAFixedOperationName(String method, String path, String operation) {
    assertThat(ConnectorCalls.operation(method, path)).isEqualTo(operation);
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({"200, ok", "201, ok", "429, throttled", "503, retry", "403, failed", "404, failed"})
  void aSendIsCountedByItsOutcomeAndTheTokenByItsOwn(int status, String outcome) throws Exception {
    stub.server.stubFor(
        any(urlPathMatching("/amer/v3/conversations/.*"))
            .willReturn(aResponse().withStatus(status).withBody("{}")));

    connector.post(
        stub.serviceUrl(), "/v3/conversations/a%3A1x/activities", TeamsConnector.object());

    assertThat(count("send", outcome)).isEqualTo(1);
    assertThat(count(ConnectorCalls.TOKEN, "ok")).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionIsARetry() {
    stub.server.stubFor(
        any(urlPathMatching("/amer/v3/conversations/.*"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try {
      connector.put(
          stub.serviceUrl(), "/v3/conversations/a%3A1x/activities/17", TeamsConnector.object());
    } catch (TeamsConnector.ConnectorUnavailableException expected) {
      // counted all the same
    }

    assertThat(count("update", "retry")).isEqualTo(1);
  }

  private double count(String operation, String outcome) {
    Counter counter =
        registry
            .find(ConnectorCalls.CALLS)
            .tags("platform", "teams", "method", operation, "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
