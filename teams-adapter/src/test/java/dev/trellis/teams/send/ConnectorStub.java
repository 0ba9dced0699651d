package dev.trellis.teams.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.trellis.teams.TeamsProperties;
import dev.trellis.testkit.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** WireMock as both the Bot Framework connector and the Entra ID token endpoint. */
public final class ConnectorStub implements AutoCloseable {

  public static final String TOKEN = "FAKE-connector-token";
  public static final String TOKEN_PATH = "/botframework.com/oauth2/v2.0/token";
  public static final TeamsProperties PROPERTIES =
      new TeamsProperties(
          "00000000-0000-0000-0000-00000000a99d", "FAKE-secret", "", "MultiTenant", "", false);

  public final WireMockServer server = new WireMockServer(options().dynamicPort());
  public final TestClock clock;

  public ConnectorStub(TestClock clock) {
    this.clock = clock;
    server.start();
    server.stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                            + "\"access_token\":\""
                            + TOKEN
                            + "\"}")));
  }

  /** The service URL of conversations that this stub answers for. */
  public String serviceUrl() {
    return server.baseUrl() + "/amer/";
  }

  /**
   * How long a connector of this stub waits for an answer: generous by default, so a loaded build
   * machine does not turn a slow answer into a failed test; the timeout test makes it short.
   */
  private Duration requestTimeout = Duration.ofSeconds(10);

  public void requestTimeout(Duration timeout) {
    this.requestTimeout = timeout;
  }

  public TeamsConnector connector(TeamsProperties properties) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ConnectorTokens tokens =
        new ConnectorTokens(
            properties, URI.create(server.baseUrl() + TOKEN_PATH), http, requestTimeout, clock);
    return new TeamsConnector(tokens, http, requestTimeout, clock);
  }

  public TeamsConnector connector() {
    return connector(PROPERTIES);
  }

  @Override
  public void close() {
    server.stop();
  }
}
