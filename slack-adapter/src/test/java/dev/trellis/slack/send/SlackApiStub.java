package dev.trellis.slack.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.slack.api.methods.MethodsClient;

/** A WireMock server standing in for Slack's Web API at {@code /api/}. */
public final class SlackApiStub implements AutoCloseable {

  public static final String TOKEN = "xoxb-FAKE-trellis-test";

  private final WireMockServer server = new WireMockServer(options().dynamicPort());

  public SlackApiStub() {
    server.start();
  }

  public WireMockServer server() {
    return server;
  }

  public MethodsClient client() {
    return SlackApiClients.methodsClient(server.baseUrl() + "/api/");
  }

  /** Answers every call of {@code method} with HTTP 200 and {@code body}. */
  public void answer(String method, String body) {
    answer(method, json(200, body));
  }

  public void answer(String method, ResponseDefinitionBuilder response) {
    server.stubFor(post(urlEqualTo("/api/" + method)).willReturn(response));
  }

  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json;charset=utf-8")
        .withBody(body);
  }

  @Override
  public void close() {
    server.stop();
  }
}
