package dev.trellis.teams.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.teams.send.ConnectorFixtures.connector;
import static dev.trellis.teams.send.ConnectorFixtures.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.inbound.ReplyTo;
import dev.trellis.testkit.TestClock;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where a personal answer to a channel goes: the person's stored 1:1 chat, else one opened now the
 * way the Bot Framework opens a proactive 1:1 (WireMock is the connector, with its real samples).
 */
class ConnectorPrivateChatsTest {

  private static final OrgId ORG = new OrgId("fabrikam");
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  private static final String BOT = "28:00000000-0000-0000-0000-00000000a99d";
  private static final String LARRY_AAD = "9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c";
  private static final String LARRY_ID =
      "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbp";
  private static final String CHANNEL = "19:general@thread.tacv2;messageid=1481567603816";

  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
  private final ConnectorStub stub = new ConnectorStub(clock);
  private final InMemoryTeamsConversations conversations = new InMemoryTeamsConversations();
  private final ConnectorPrivateChats chats =
      new ConnectorPrivateChats(
          conversations,
          new TeamsOneToOne(stub.connector(), conversations, new TeamsRateLimits(clock), clock));

  private final ReplyTo channel =
      new ReplyTo(stub.serviceUrl(), CHANNEL, TENANT, BOT, "1481567603816", false);

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void theStoredChatIsUsedWithoutAskingTeams() throws Exception {
    conversations.save(
        new TeamsConversation(
            ORG, LARRY_AAD, stub.serviceUrl(), "a:larry", TENANT, BOT, LARRY_ID, clock.instant()));

    assertThat(chats.chatOf(ORG, LARRY_AAD, LARRY_ID, channel))
        .contains(new ReplyTo(stub.serviceUrl(), "a:larry", TENANT, BOT, "", true));
    assertThat(stub.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void withoutOneAChatIsOpenedWithThePersonAndTheTenantAndKept() throws Exception {
    stub.server.stubFor(
        post(urlEqualTo("/amer/v3/conversations"))
            .willReturn(
                aResponse().withStatus(201).withBody(connector("create-conversation.response"))));

    ReplyTo chat = chats.chatOf(ORG, LARRY_AAD, LARRY_ID, channel).orElseThrow();

    assertThat(chat)
        .isEqualTo(
            new ReplyTo(stub.serviceUrl(), "BKGSYSTFG:TKGSUQHQE:DKE8NUG92", TENANT, BOT, "", true));
    stub.server.verify(
        postRequestedFor(urlEqualTo("/amer/v3/conversations"))
            .withRequestBody(
                equalToJson(
                    "{\"bot\":{\"id\":\""
                        + BOT
                        + "\"},\"members\":[{\"id\":\""
                        + LARRY_ID
                        + "\"}],\"tenantId\":\""
                        + TENANT
                        + "\",\"channelData\":{\"tenant\":{\"id\":\""
                        + TENANT
                        + "\"}},\"isGroup\":false}")));
    assertThat(conversations.find(ORG, LARRY_AAD)).isPresent();
  }

  @Test
  void aRefusalMeansNoChatAndAPassingFailureIsTriedAgain() throws Exception {
    stub.server.stubFor(
        post(urlEqualTo("/amer/v3/conversations"))
            .willReturn(aResponse().withStatus(403).withBody(error("BotDisabledByAdmin"))));
    assertThat(chats.chatOf(ORG, LARRY_AAD, LARRY_ID, channel)).isEmpty();

    stub.server.stubFor(
        post(urlEqualTo("/amer/v3/conversations"))
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withBody(connector("error.400.service-error.bfslack-channel"))));
    assertThatThrownBy(() -> chats.chatOf(ORG, LARRY_AAD, LARRY_ID, channel))
        .isInstanceOf(IOException.class);
    assertThat(conversations.find(ORG, LARRY_AAD)).isEmpty();
  }

  @Test
  void withoutThePersonsIdsThereIsNoChat() throws Exception {
    assertThat(chats.chatOf(ORG, "", LARRY_ID, channel)).isEmpty();
    assertThat(chats.chatOf(ORG, LARRY_AAD, "", channel)).isEmpty();
    assertThat(stub.server.getAllServeEvents()).isEmpty();
  }
}
