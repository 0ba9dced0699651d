package dev.trellis.testkit.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.trellis.testkit.Fixtures;

/**
 * A WireMock standing in for Slack's Web API and response URLs ({@code /respond/...}), answering
 * with the shared Web API samples.
 */
public final class SlackStandIn {

  private SlackStandIn() {}

  /** Started, answering {@code auth.test} for this workspace, as the service asks at start-up. */
  public static WireMockServer started(String teamId, String teamName) {
    return started(teamId, teamName, options().dynamicPort());
  }

  /** The same, with these WireMock options (extensions, threads). */
  public static WireMockServer started(
      String teamId, String teamName, WireMockConfiguration options) {
    WireMockServer slack = new WireMockServer(options);
    slack.start();
    knowsWorkspace(slack, teamId, teamName);
    return slack;
  }

  /** Answers {@code auth.test} for this workspace, as the service asks at start-up. */
  public static void knowsWorkspace(WireMockServer slack, String teamId, String teamName) {
    String auth =
        Fixtures.text(Fixtures.slack("web-api.auth.test.ok.json"))
            .replace("T12345678", teamId)
            .replace("Subarachnoid Workspace", teamName);
    slack.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson(auth)));
  }

  /**
   * Forgets the requests of earlier tests and takes messages, App Home views, modals, answers to
   * response URLs and group DMs.
   */
  public static void takesMessagesViewsAndResponses(WireMockServer slack) {
    slack.resetRequests();
    slack.stubFor(
        post(urlEqualTo("/api/chat.postMessage"))
            .willReturn(okJson(Fixtures.text(Fixtures.slack("web-api.chat.postMessage.ok.json")))));
    slack.stubFor(
        post(urlEqualTo("/api/views.publish"))
            .willReturn(okJson(Fixtures.text(Fixtures.slack("web-api.views.publish.ok.json")))));
    slack.stubFor(
        post(urlEqualTo("/api/views.open"))
            .willReturn(okJson(Fixtures.text(Fixtures.slack("web-api.views.open.ok.json")))));
    slack.stubFor(post(urlPathMatching("/respond/.*")).willReturn(aResponse().withStatus(200)));
    slack.stubFor(
        post(urlEqualTo("/api/conversations.open"))
            .willReturn(
                okJson(Fixtures.text(Fixtures.slack("web-api.conversations.open.ok.json")))));
  }

  /** A response URL of the stand-in, named so a test can find what was answered there. */
  public static String responseUrl(WireMockServer slack, String name) {
    return slack.baseUrl() + "/respond/" + name;
  }
}
