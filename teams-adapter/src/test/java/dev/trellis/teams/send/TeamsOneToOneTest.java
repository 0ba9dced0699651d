package dev.trellis.teams.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.teams.send.ConnectorFixtures.connector;
import static dev.trellis.teams.send.ConnectorFixtures.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.testkit.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamsOneToOneTest {

  private static final OrgId ORG = new OrgId("fabrikam");
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  private static final String BOT = "28:00000000-0000-0000-0000-00000000a99d";
  private static final TeamsOneToOne.Member LARRY =
      new TeamsOneToOne.Member(
          "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbp",
          "9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c");

  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
  private final ConnectorStub stub = new ConnectorStub(clock);
  private final InMemoryTeamsConversations conversations = new InMemoryTeamsConversations();
  private final TeamsRateLimits limits = new TeamsRateLimits(clock);
  private final TeamsOneToOne oneToOne =
      new TeamsOneToOne(stub.connector(), conversations, limits, clock);

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void opensTheConversationStoresItAndMessagesThenGoThere() throws Exception {
    stub.server.stubFor(
        post(urlEqualTo("/amer/v3/conversations"))
            .willReturn(
                aResponse().withStatus(201).withBody(connector("create-conversation.response"))));

    TeamsConversation opened = oneToOne.open(ORG, stub.serviceUrl(), TENANT, BOT, LARRY);

    assertThat(opened.conversationId()).isEqualTo("BKGSYSTFG:TKGSUQHQE:DKE8NUG92");
    assertThat(conversations.find(ORG, LARRY.aadObjectId())).contains(opened);
    stub.server.verify(
        postRequestedFor(urlEqualTo("/amer/v3/conversations"))
            .withHeader("Authorization", equalTo("Bearer " + ConnectorStub.TOKEN))
            .withRequestBody(
                equalToJson(
                    "{\"bot\":{\"id\":\""
                        + BOT
                        + "\"},\"members\":[{\"id\":\""
                        + LARRY.userId()
                        + "\"}],\"tenantId\":\""
                        + TENANT
                        + "\",\"channelData\":{\"tenant\":{\"id\":\""
                        + TENANT
                        + "\"}},\"isGroup\":false}")));

    stub.server.stubFor(
        post(urlEqualTo("/amer/v3/conversations/BKGSYSTFG%3ATKGSUQHQE%3ADKE8NUG92/activities"))
            .willReturn(
                aResponse().withStatus(201).withBody(connector("send-to-conversation.response"))));
    TeamsPlatform platform =
        new TeamsPlatform(stub.connector(), conversations, new TextCardRenderer(), limits, clock);
    Delivery delivery =
        platform.deliver(
            new Recipient(ORG, new PersonId("p-1"), Platform.TEAMS, LARRY.aadObjectId()),
            OutboundMessage.builder("Welcome to Trellis").build());
    assertThat(delivery)
        .isEqualTo(
            new Delivery.Delivered(
                TeamsMessageRefs.of("BKGSYSTFG:TKGSUQHQE:DKE8NUG92", "1562094704.004000")));
  }

  @Test
  void aRefusalSaysWhetherToTryAgainAndStoresNothing() {
    stub.server.stubFor(
        post(urlEqualTo("/amer/v3/conversations"))
            .willReturn(aResponse().withStatus(403).withBody(error("BotDisabledByAdmin"))));

    assertThatThrownBy(() -> oneToOne.open(ORG, stub.serviceUrl(), TENANT, BOT, LARRY))
        .isInstanceOfSatisfying(
            TeamsOneToOne.NotOpenedException.class,
            e ->
                assertThat(e.outcome())
                    .isEqualTo(
                        new Delivery.Failed("Teams connector HTTP 403 BotDisabledByAdmin", true)));
    assertThat(conversations.find(ORG, LARRY.aadObjectId())).isEmpty();
  }

  @Test
  void aServerErrorIsAPassingFailure() {
    stub.server.stubFor(
        post(urlEqualTo("/amer/v3/conversations"))
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withBody(connector("error.400.service-error.bfslack-channel"))));

    assertThatThrownBy(() -> oneToOne.open(ORG, stub.serviceUrl(), TENANT, BOT, LARRY))
        .isInstanceOfSatisfying(
            TeamsOneToOne.NotOpenedException.class,
            e -> assertThat(e.outcome()).isInstanceOf(Delivery.RetryLater.class));
  }
}
