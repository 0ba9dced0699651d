package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.trellis.app.TrellisApplication;
import dev.trellis.testkit.Fixtures;
import dev.trellis.testkit.slack.SocketModeStandIn;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the service closes its Socket Mode connection and every thread the Slack SDK started for
 * it, and it does not connect again. The service is started here by hand (not by the test
 * framework, which keeps contexts open for reuse) so that the test can stop it.
 */
class SlackSocketModeShutdownTest {

  private final WireMockServer slack = new WireMockServer(options().dynamicPort());
  private final SocketModeStandIn socketMode = new SocketModeStandIn();
  private ConfigurableApplicationContext service;
  @TempDir Path dataDir;

  @BeforeEach
  void givenSlack() throws Exception {
    slack.start();
    socketMode.startAndWait();
    slack.stubFor(
        post(urlEqualTo("/api/auth.test"))
            .willReturn(
                okJson(
                    Fixtures.text(Fixtures.slack("web-api.auth.test.ok.json"))
                        .replace("T12345678", "T111"))));
    slack.stubFor(
        post(urlEqualTo("/api/apps.connections.open"))
            .willReturn(okJson("{\"ok\":true,\"url\":\"" + socketMode.url() + "\"}")));
  }

  @AfterEach
  void stopSlack() throws Exception {
    if (service != null) {
      service.close();
    }
    socketMode.stop(1000);
    slack.stop();
  }

  @Test
  void stoppingTheServiceClosesTheConnectionAndLeavesNoSocketModeThreads() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    service =
        new SpringApplicationBuilder(TrellisApplication.class)
            .run(
                "--server.port=0",
                "--trellis.data-dir=" + dataDir,
                "--trellis.mongodb.embedded=memory",
                "--trellis.admin.token=test-admin-token-0123456789",
                "--trellis.scheduling.enabled=false",
                "--trellis.slack.bot-token=xoxb-socket-mode-bot-token",
                "--trellis.slack.app-token=xapp-1-A111-0000-socket-mode-app-token",
                "--trellis.slack.signing-secret=",
                "--trellis.slack.client-id=",
                "--trellis.slack.client-secret=",
                "--trellis.slack.api-url=" + slack.baseUrl() + "/api/");
    assertThat(service.getEnvironment().getProperty("trellis.slack.app-token")).startsWith("xapp-");
    WebSocket connection = socketMode.openConnection();
    assertThat(socketModeThreadsSince(before)).as("threads while connected").isNotEmpty();

    service.close();

    SlackCalls.awaitUntil(() -> !connection.isOpen());
    assertThat(connection.isOpen()).as("the connection is closed").isFalse();
    SlackCalls.awaitUntil(() -> socketModeThreadsSince(before).isEmpty());
    assertThat(socketModeThreadsSince(before)).as("Socket Mode threads left running").isEmpty();
    int connections = socketMode.connections().size();
    int opens = slack.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open"))).size();
    Thread.sleep(1500);
    assertThat(socketMode.connections())
        .as("no new connection after the stop")
        .hasSize(connections);
    assertThat(slack.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open"))))
        .as("no new apps.connections.open after the stop")
        .hasSize(opens);
  }

  /**
   * Threads started since {@code before} by the Socket Mode client, Bolt's Socket Mode app or its
   * WebSocket client (another test's service in this JVM may have its own).
   */
  private static List<String> socketModeThreadsSince(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> !before.contains(t))
        .map(Thread::getName)
        .filter(
            n ->
                n.startsWith("socket-mode")
                    || n.startsWith("slack-bolt-socket-mode")
                    || n.startsWith("WebSocketConnectReadThread")
                    || n.startsWith("WebSocketWriteThread"))
        .toList();
  }
}
