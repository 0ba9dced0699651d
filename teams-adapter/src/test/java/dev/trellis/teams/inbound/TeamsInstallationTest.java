package dev.trellis.teams.inbound;

import static dev.trellis.teams.inbound.TeamsTestWorld.fixture;
import static dev.trellis.teams.inbound.TeamsTestWorld.person;
import static dev.trellis.teams.inbound.TeamsTestWorld.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.MongoInstalledTeams;
import dev.trellis.teams.install.MongoTeamsConversations;
import dev.trellis.teams.send.TextCardRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Installs and removals, from the sample activities through the inbox to the stores (the embedded
 * MongoDB), with the replies recorded.
 */
class TeamsInstallationTest {

  @RegisterExtension static final BotFrameworkTokens botFramework = new BotFrameworkTokens();

  static final OrgId ORG = new OrgId("fabrikam");
  static final String TENANT = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";
  static final String TEAM_ID = "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2";
  static final OrgId PERSONAL_ORG = new OrgId("placeholder");

  static MongoServer server;
  static MongoClient client;

  final Clock clock = Clock.fixed(Instant.parse("2026-03-06T14:00:00Z"), ZoneOffset.UTC);
  final TeamsTestWorld.RecordingInbox inbox = new TeamsTestWorld.RecordingInbox();
  final Person alex = person(PERSONAL_ORG, "alex", "alex@placeholder.example", null);
  final TeamsTestWorld.FakePeople people = new TeamsTestWorld.FakePeople().with(alex);
  final TeamsTestWorld.FakeOrgs orgs =
      new TeamsTestWorld.FakeOrgs()
          .with(new Org(ORG, "Fabrikam", Optional.empty(), Optional.of(TENANT)))
          // conversation-update.members-added.personal.json keeps the doc's placeholders
          .with(new Org(PERSONAL_ORG, "Placeholder", Optional.empty(), Optional.of("<TENANT ID>")));
  final List<String> sent = new ArrayList<>();
  MongoDatabase db;
  MongoTeamsConversations conversations;
  MongoInstalledTeams teams;
  TeamsActivities activities;
  TeamsInboundHandler handler;

  @BeforeAll
  static void startMongo() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create(server.bindAndGetConnectionString());
  }

  @AfterAll
  static void stopMongo() {
    client.close();
    server.shutdown();
  }

  @BeforeEach
  void setUp() {
    db = client.getDatabase("trellis");
    db.drop();
    conversations = new MongoTeamsConversations(db);
    teams = new MongoInstalledTeams(db);
    HandlingInbound inbound =
        new HandlingInbound(inbox, List.of(), clock, "test", Duration.ofMinutes(1), Runnable::run);
    activities =
        new TeamsActivities(
            botFramework.authentication(),
            orgs,
            people,
            inbound,
            i -> Response.say("ok"),
            null,
            clock);
    TeamsReplies replies =
        new TeamsReplies() {
          @Override
          public void post(ReplyTo where, ObjectNode activity) {
            sent.add(where.conversationId() + " <- " + cardText(activity));
          }

          @Override
          public void replaceCard(ReplyTo where, String cardActivityId, ObjectNode activity) {
            sent.add(cardActivityId + " := " + cardText(activity));
          }
        };
    handler =
        new TeamsInboundHandler(
            i -> Response.say("ok"),
            people,
            conversations,
            teams,
            (where, userId) ->
                userId.equalsIgnoreCase("29:<userID>") // the sample spells it both ways
                    ? Optional.of("alex@placeholder.example")
                    : Optional.empty(),
            replies,
            (org, aad, user, asked) -> Optional.empty(),
            new TextCardRenderer(),
            inbox,
            clock);
  }

  /** The text of the stand-in renderer's one-block card. */
  private static String cardText(ObjectNode activity) {
    return activity.at("/attachments/0/content/body/0/text").asText();
  }

  /** Receives the activity and handles whatever it stored, as a worker would. */
  private void receiveAndHandle(String activity) throws Exception {
    int before = inbox.accepted.size();
    assertThat(activities.receive(botFramework.authorizationFor(activity), activity).status())
        .isEqualTo(200);
    for (InboundRequest request : inbox.accepted.subList(before, inbox.accepted.size())) {
      handler.handle(request);
    }
  }

  @Test
  void aTeamInstallRemembersTheTeamAndWelcomesItOnce() throws Exception {
    receiveAndHandle(fixture("installation-update.add.team.json"));
    receiveAndHandle(fixture("conversation-update.members-added.team.json"));

    assertThat(teams.findAll(ORG))
        .containsExactly(
            new InstalledTeam(
                ORG,
                TEAM_ID,
                "https://smba.trafficmanager.net/amer/",
                "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2",
                TENANT,
                "TestTeam2022",
                clock.instant()));
    assertThat(sent)
        .containsExactly(
            "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2 <- "
                + TeamsInstalls.WELCOME_TEAM.text());
  }

  @Test
  void aTeamUninstallForgetsTheTeam() throws Exception {
    receiveAndHandle(fixture("installation-update.add.team.json"));
    // Derived: the same sample with action "remove" and without settings (sent on add only).
    ObjectNode remove = tree("installation-update.add.team.json");
    remove.put("action", "remove");
    remove.put("id", "f:remove");
    ((ObjectNode) remove.get("channelData")).remove("settings");

    receiveAndHandle(remove.toString());

    assertThat(teams.findAll(ORG)).isEmpty();
  }

  @Test
  void theBotRemovedFromATeamForgetsTheTeam() throws Exception {
    receiveAndHandle(fixture("installation-update.add.team.json"));
    // Derived: members-removed.team.json with the bot as the removed member, in this team.
    ObjectNode removed = tree("conversation-update.members-removed.team.json");
    ((ObjectNode) removed.get("membersRemoved").get(0))
        .put("id", removed.get("recipient").get("id").asText());
    ((ObjectNode) removed.get("channelData").get("team")).put("id", TEAM_ID);
    ((ObjectNode) removed.get("channelData").get("tenant")).put("id", TENANT);

    receiveAndHandle(removed.toString());

    assertThat(teams.findAll(ORG)).isEmpty();
  }

  @Test
  void aMemberLeavingATeamWithoutAnAadIdForgetsNothing() throws Exception {
    receiveAndHandle(fixture("conversation-update.members-removed.team.json"));
    assertThat(inbox.accepted).isEmpty();
  }

  /** The personal sample; its recipient id made the bot's id of membersAdded (the doc differs). */
  private ObjectNode personalInstall() {
    ObjectNode added = tree("conversation-update.members-added.personal.json");
    ((ObjectNode) added.get("recipient"))
        .put("id", added.get("membersAdded").get(0).get("id").asText());
    return added;
  }

  @Test
  void aPersonalInstallLinksThePersonByEmailStoresTheChatAndWelcomesOnce() throws Exception {
    receiveAndHandle(personalInstall().toString());
    ObjectNode again = personalInstall();
    again.put("id", "f:again");
    receiveAndHandle(again.toString());

    assertThat(people.findByTeamsAadObjectId(PERSONAL_ORG, "***")).isPresent();
    TeamsConversation stored = conversations.find(PERSONAL_ORG, "***").orElseThrow();
    assertThat(stored.conversationId()).isEqualTo("***");
    assertThat(stored.userId()).isEqualToIgnoringCase("29:<userID>");
    assertThat(stored.botId()).isEqualTo("28:f5d48856-5b42-41a0-8c3a-c5f944b679b0");
    assertThat(stored.serviceUrl())
        .isEqualTo("https://smba.trafficmanager.net/amer-client-ss.msg/");
    assertThat(sent).containsExactly("*** <- " + TeamsInstalls.WELCOME_PERSONAL.text());
  }

  @Test
  void aPersonalInstallBySomeoneUnknownStoresNothingAndSaysSo() throws Exception {
    people.people.clear();

    receiveAndHandle(personalInstall().toString());

    assertThat(conversations.find(PERSONAL_ORG, "***")).isEmpty();
    assertThat(sent).singleElement().asString().contains("does not know you yet");
  }

  @Test
  void aPersonalUninstallForgetsTheChat() throws Exception {
    receiveAndHandle(personalInstall().toString());
    // Derived: the bot removed from the same 1:1 chat.
    ObjectNode removed = personalInstall();
    removed.put("id", "f:removed");
    removed.set("membersRemoved", removed.remove("membersAdded"));

    receiveAndHandle(removed.toString());

    assertThat(conversations.find(PERSONAL_ORG, "***")).isEmpty();
  }

  @Test
  void anInstallInAnUnknownTenantIsAnsweredPolitelyAndStoresNothing() throws Exception {
    orgs.orgs.clear();

    receiveAndHandle(fixture("installation-update.add.team.json"));

    assertThat(teams.findAll(ORG)).isEmpty();
    assertThat(sent).singleElement().asString().endsWith(TeamsActivities.UNKNOWN_TENANT);
  }
}
