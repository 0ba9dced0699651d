package dev.trellis.teams.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsProperties;
import dev.trellis.teams.inbound.ReplyTo;
import dev.trellis.testkit.TestClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Local Teams tools (the Microsoft 365 Agents Playground, the Bot Framework Emulator) run their
 * connector on Node over plain http, and Node drops a request that offers an h2c upgrade.
 */
class PlainHttpConnectorTest {

  /** The Agents Playground's defaults: not well-formed GUIDs. */
  private static final String TENANT = "00000000-0000-0000-0000-0000000000001";

  private static final String BOT = "00000000-0000-0000-0000-00000000000011";
  private static final String AAD = "00000000-0000-0000-0000-0000000000020";
  private static final OrgId ORG = new OrgId("playground");
  private static final TeamsProperties LOCAL_TESTING =
      new TeamsProperties("", "", "", "", "", true);

  private final TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final NodeLikeConnector node;

  PlainHttpConnectorTest() throws IOException {
    node = new NodeLikeConnector();
  }

  @AfterEach
  void stop() throws IOException {
    node.close();
  }

  /** The connector as the service builds it: a default client, which prefers HTTP/2. */
  private TeamsConnector connector() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI noTokenNeeded = URI.create("http://localhost:1/token");
    return new TeamsConnector(
        new ConnectorTokens(LOCAL_TESTING, noTokenNeeded, http, Duration.ofSeconds(2), clock),
        http,
        Duration.ofSeconds(2),
        clock);
  }

  @Test
  void theStandInDropsWhatJavasDefaultClientSendsToPlainHttp() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest offeringH2c =
        HttpRequest.newBuilder(URI.create(node.serviceUrl() + "v3/conversations/c/activities"))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();

    assertThatThrownBy(() -> http.send(offeringH2c, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(node.dropped).hasSize(1);
    assertThat(node.answered).isEmpty();
  }

  @Test
  void aReplyToAnActivityArrivesAsHttp11WithoutAnUpgradeOffer() throws Exception {
    ConnectorReplies replies = new ConnectorReplies(connector());
    ReplyTo where = new ReplyTo(node.serviceUrl(), "personal-chat-id", TENANT, BOT, "act-1", true);

    replies.post(
        where,
        new ReplyActivities(new TextCardRenderer())
            .message(OutboundMessage.builder("Here is what I can do").build()));

    assertThat(node.dropped).isEmpty();
    assertThat(node.answered).hasSize(1);
    NodeLikeConnector.Received reply = node.answered.get(0);
    assertThat(reply.head())
        .startsWith("POST /_connector/v3/conversations/personal-chat-id/activities HTTP/1.1\r\n")
        .doesNotContainIgnoringCase("upgrade")
        .doesNotContainIgnoringCase("authorization");
    assertThat(reply.body()).contains("Here is what I can do").contains("\"replyToId\":\"act-1\"");
  }

  @Test
  void aMessageFromTheOutboxIsDeliveredToAPlaygroundConversation() {
    InMemoryTeamsConversations conversations = new InMemoryTeamsConversations();
    conversations.save(
        new TeamsConversation(
            ORG,
            AAD,
            node.serviceUrl(),
            "personal-chat-id",
            TENANT,
            BOT,
            "user-id-0",
            clock.instant()));
    TeamsPlatform teams =
        new TeamsPlatform(
            connector(), conversations, new TextCardRenderer(), new TeamsRateLimits(clock), clock);

    Delivery delivery =
        teams.deliver(
            new Recipient(ORG, new PersonId("p-1"), Platform.TEAMS, AAD),
            OutboundMessage.builder("What did you learn this week?").build());

    assertThat(delivery)
        .isEqualTo(new Delivery.Delivered(TeamsMessageRefs.of("personal-chat-id", "activity-1")));
    assertThat(node.answered.get(0).head()).doesNotContainIgnoringCase("h2c");
  }

  @Test
  void aConnectorThatHangsUpIsReportedWithItsCauseNotOnlyItsClass() throws Exception {
    try (ServerSocket hangsUp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread closer =
          new Thread(
              () -> {
                while (!hangsUp.isClosed()) {
                  try (Socket s = hangsUp.accept()) {
                    s.getInputStream().read();
                  } catch (IOException done) {
                    return;
                  }
                }
              });
      closer.setDaemon(true);
      closer.start();
      String serviceUrl = "http://localhost:" + hangsUp.getLocalPort() + "/";

      assertThatThrownBy(
              () ->
                  connector()
                      .post(serviceUrl, "/v3/conversations/c/activities", TeamsConnector.object()))
          .isInstanceOf(TeamsConnector.ConnectorUnavailableException.class)
          .message()
          .startsWith("Teams connector unreachable: IOException: ")
          .satisfies(m -> assertThat(m.length()).isGreaterThan(45));
    }
  }
}
