package dev.trellis.teams.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two Teams stores on the embedded MongoDB, through the real driver. */
class TeamsStoresMongoTest {

  static final OrgId A = new OrgId("org-a");
  static final OrgId B = new OrgId("org-b");
  static final Instant NOW = Instant.parse("2026-03-06T14:00:00Z");

  static MongoServer server;
  static MongoClient client;
  MongoDatabase db;

  @BeforeAll
  static void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create(server.bindAndGetConnectionString());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.shutdown();
  }

  @BeforeEach
  void empty() {
    db = client.getDatabase("trellis");
    db.drop();
  }

  private static TeamsConversation conversation(OrgId org, String aad, String id) {
    return new TeamsConversation(
        org, aad, "https://smba.trafficmanager.net/amer/", id, "tenant", "28:bot", "29:user", NOW);
  }

  @Test
  void aPersonWhoseConversationIsSavedCanBeReachedOnTeamsAgain() {
    MongoUnreachableRecipients unreachable = new MongoUnreachableRecipients(db);
    Recipient onTeams = new Recipient(A, new PersonId("p-1"), Platform.TEAMS, "aad-1");
    Recipient onSlack = new Recipient(A, new PersonId("p-1"), Platform.SLACK, "aad-1");
    unreachable.mark(onTeams, "user not found", NOW);
    unreachable.mark(onSlack, "user not found", NOW);
    ReachableAgainConversations conversations =
        new ReachableAgainConversations(new MongoTeamsConversations(db), unreachable);

    conversations.save(conversation(A, "aad-1", "a:first"));

    assertThat(conversations.find(A, "aad-1")).contains(conversation(A, "aad-1", "a:first"));
    assertThat(unreachable.among(List.of(onTeams, onSlack))).containsExactly(onSlack);
  }

  @Test
  void conversationsAreSavedReplacedFoundAndForgottenPerOrg() {
    MongoTeamsConversations conversations = new MongoTeamsConversations(db);
    conversations.save(conversation(A, "aad-1", "a:first"));
    conversations.save(conversation(A, "aad-1", "a:second"));
    conversations.save(conversation(B, "aad-1", "a:other-org"));

    assertThat(conversations.find(A, "aad-1")).contains(conversation(A, "aad-1", "a:second"));
    assertThat(conversations.find(B, "aad-1")).contains(conversation(B, "aad-1", "a:other-org"));
    assertThat(conversations.find(A, "aad-2")).isEmpty();

    conversations.forget(A, "aad-1");

    assertThat(conversations.find(A, "aad-1")).isEmpty();
    assertThat(conversations.find(B, "aad-1")).isPresent();
    assertThat(db.getCollection(MongoTeamsConversations.COLLECTION).find().first().get("_id"))
        .isEqualTo("org-b/aad-1");
  }

  @Test
  void installedTeamsAreListedPerOrgAndForgotten() {
    MongoInstalledTeams teams = new MongoInstalledTeams(db);
    InstalledTeam one = new InstalledTeam(A, "19:one", "https://s/", "19:c1", "t", "One", NOW);
    InstalledTeam two = new InstalledTeam(A, "19:two", "https://s/", "19:c2", "t", "", NOW);
    InstalledTeam other = new InstalledTeam(B, "19:one", "https://s/", "19:c3", "t2", "B", NOW);
    teams.save(one);
    teams.save(two);
    teams.save(other);

    assertThat(teams.findAll(A)).containsExactlyInAnyOrder(one, two);
    assertThat(teams.find(B, "19:one")).contains(other);

    teams.forget(A, "19:one");

    assertThat(teams.findAll(A)).containsExactly(two);
    assertThat(teams.findAll(B)).containsExactly(other);
  }
}
