package dev.trellis.teams.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.MongoInbox;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.install.MongoInstalledTeams;
import dev.trellis.teams.install.MongoTeamsConversations;
import dev.trellis.teams.send.TextCardRenderer;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Teams request's work is done once: its rendered replies are kept in the inbox (the embedded
 * MongoDB) before they are delivered, and a retry after a failed delivery only delivers what is
 * left.
 */
class TeamsRepliesKeptTest {

  static final OrgId ORG = new OrgId("contoso");
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final String SERVICE = "https://smba.trafficmanager.net/emea/";
  static final ReplyTo CHANNEL =
      new ReplyTo(SERVICE, "19:general@thread", "t1", "28:bot", "a1", false);
  static final ReplyTo CHAT = new ReplyTo(SERVICE, "a:1on1-ada", "t1", "28:bot", "", true);

  MongoServer server;
  MongoClient client;
  MongoInbox inbox;
  final List<String> posted = new ArrayList<>();
  final List<String> engineRuns = new ArrayList<>();
  final Set<Integer> failingPosts = new HashSet<>();
  int posts;
  TeamsInboundHandler handler;

  @BeforeEach
  void setUp() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create(server.bindAndGetConnectionString());
    MongoDatabase db = client.getDatabase("trellis");
    MongoSchema.ensureIndexes(db);
    inbox = new MongoInbox(db, new AesGcmTextCipher(new byte[32]));
    TeamsReplies replies =
        new TeamsReplies() {
          @Override
          public void post(ReplyTo where, ObjectNode activity) throws IOException {
            if (failingPosts.contains(++posts)) {
              throw new IOException("Teams did not take a reply now: HTTP 503");
            }
            posted.add(where.conversationId() + " <- " + activity.path("text").asText());
          }

          @Override
          public void replaceCard(ReplyTo where, String card, ObjectNode activity) {
            posted.add(card + " := " + activity.path("text").asText());
          }
        };
    handler =
        new TeamsInboundHandler(
            interaction -> {
              engineRuns.add(interaction.getClass().getSimpleName());
              return Response.say("Your reflections: 3 this month");
            },
            new TeamsTestWorld.FakePeople(),
            new MongoTeamsConversations(db),
            new MongoInstalledTeams(db),
            (where, userId) -> Optional.empty(),
            replies,
            (org, aad, user, asked) -> Optional.of(CHAT),
            new TextCardRenderer(),
            inbox,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.shutdown();
  }

  @Test
  void aReplyTheConnectorRefusedIsDeliveredOnTheRetryWithoutRunningTheCommandAgain()
      throws Exception {
    received("teams-1", "reflections", CHAT);
    failingPosts.add(1);

    InboundRequest first = claim();
    assertThatThrownBy(() -> handler.handle(first)).isInstanceOf(IOException.class);
    inbox.retryLater(first.key(), NOW);
    handler.handle(claim());

    assertThat(engineRuns).hasSize(1);
    assertThat(posted).containsExactly("a:1on1-ada <- Your reflections: 3 this month");
  }

  @Test
  void aPersonalAnswerWhosePointerWasRefusedIsNotSentToTheChatAgain() throws Exception {
    received("teams-2", "reflections", CHANNEL);
    failingPosts.add(2);

    InboundRequest first = claim();
    assertThatThrownBy(() -> handler.handle(first)).isInstanceOf(IOException.class);
    inbox.retryLater(first.key(), NOW);
    InboundRequest retry = claim();
    handler.handle(retry);

    assertThat(retry.answer()).isPresent();
    assertThat(engineRuns).hasSize(1);
    assertThat(posted)
        .containsExactly(
            "a:1on1-ada <- Your reflections: 3 this month",
            "19:general@thread <- " + DeliveringTeamsReplies.SENT_TO_CHAT.text());
  }

  private void received(String key, String text, ReplyTo where) {
    StoredTeamsRequest.Message typed =
        new StoredTeamsRequest.Message(ORG, new PersonId("ada"), "aad-ada", "29:ada", where, text);
    inbox.accept(
        InboundRequest.fresh(
            key, Platform.TEAMS, typed.kind(), StoredTeamsRequest.toJson(typed), NOW));
  }

  private InboundRequest claim() {
    List<InboundRequest> claimed = inbox.claim("test", NOW, NOW.plusSeconds(60), 10);
    assertThat(claimed).hasSize(1);
    return claimed.get(0);
  }
}
