package dev.trellis.app.harness;

import com.mongodb.client.MongoDatabase;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoPeople;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.slack.install.MongoInstallationService;
import dev.trellis.slack.install.SlackInstallSchema;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.install.MongoTeamsConversations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The orgs of a run, stored through Trellis's own stores with the key the service gets, so the
 * service reads exactly what it would have written: each Slack org a workspace with its OAuth
 * installation (bot token {@code xoxb-harness-<org id>}), each Teams org a tenant whose people have
 * installed the bot (a conversation reference to the stand-in connector each); one person per
 * prompt; and then the prompts, due at once, each marked ({@link Markers}).
 */
final class HarnessOrgs {

  static final String MICROSOFT_APP_ID = "00000000-0000-4000-8000-00000000beef";

  /** {@code prompts} due at once in org {@code id} on {@code platform}. */
  record Seeded(String id, Platform platform, int prompts) {}

  private final MongoDatabase db;
  private final TextCipher cipher;
  private final List<Seeded> orgs;

  HarnessOrgs(MongoDatabase db, TextCipher cipher, List<Seeded> orgs) {
    this.db = db;
    this.cipher = cipher;
    this.orgs = orgs;
  }

  static List<Seeded> slack(int count, int prompts) {
    List<Seeded> seeded = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      seeded.add(new Seeded(String.format("hs-%03d", i), Platform.SLACK, prompts));
    }
    return seeded;
  }

  static List<Seeded> teams(int count, int prompts) {
    List<Seeded> seeded = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      seeded.add(new Seeded(String.format("ht-%03d", i), Platform.TEAMS, prompts));
    }
    return seeded;
  }

  List<Seeded> orgs() {
    return orgs;
  }

  /** Orgs, installations, people and Teams conversations; no prompts yet. */
  void storeOrgsAndPeople(String teamsServiceUrl) {
    MongoSchema.ensureIndexes(db);
    SlackInstallSchema.ensureIndexes(db);
    MongoOrgs orgStore = new MongoOrgs(db);
    MongoPeople people = new MongoPeople(db);
    MongoInstallationService installations = new MongoInstallationService(db, cipher);
    MongoTeamsConversations conversations = new MongoTeamsConversations(db);
    for (Seeded org : orgs) {
      OrgId id = new OrgId(org.id());
      if (org.platform() == Platform.SLACK) {
        String team = SlackApiStandIn.teamId(org.id());
        orgStore.save(new Org(id, "Harness " + org.id(), Optional.of(team), Optional.empty()));
        installations.saveInstallerAndBot(installation(org.id(), team));
      } else {
        orgStore.save(new Org(id, "Harness " + org.id(), Optional.empty(), Optional.of(org.id())));
      }
      List<Person> everyone = new ArrayList<>(org.prompts());
      for (int n = 0; n < org.prompts(); n++) {
        everyone.add(person(org, n));
        if (org.platform() == Platform.TEAMS) {
          conversations.save(
              new TeamsConversation(
                  id,
                  aad(org.id(), n),
                  teamsServiceUrl,
                  TeamsConnectorStandIn.conversationId(org.id(), n),
                  org.id(),
                  "28:" + MICROSOFT_APP_ID,
                  "29:" + aad(org.id(), n),
                  Instant.now()));
        }
      }
      people.saveAll(id, everyone);
    }
  }

  /** Puts every org's prompts in the outbox, due at {@code now}; answers their marks. */
  Set<String> enqueuePrompts(Instant now) {
    MongoOutbox outbox = new MongoOutbox(db, cipher);
    Set<String> marks = new HashSet<>();
    for (Seeded org : orgs) {
      List<OutboxEntry> entries = new ArrayList<>(org.prompts());
      for (int n = 0; n < org.prompts(); n++) {
        OrgId id = new OrgId(org.id());
        String address =
            org.platform() == Platform.SLACK ? slackUser(org.id(), n) : aad(org.id(), n);
        entries.add(
            OutboxEntry.fresh(
                DedupeKey.of(id, "hx", Integer.toString(n)),
                new Recipient(id, new PersonId("p" + n), org.platform(), address),
                OutboundMessage.builder(Markers.text(org.id(), n)).build(),
                now));
        marks.add(Markers.of(org.id(), n));
      }
      outbox.enqueueAll(entries);
    }
    return marks;
  }

  private static Person person(Seeded org, int n) {
    boolean slack = org.platform() == Platform.SLACK;
    return new Person(
        new PersonId("p" + n),
        new OrgId(org.id()),
        new Email("p" + n + "@" + org.id() + ".example"),
        "Person " + n,
        Optional.empty(),
        Optional.of("Dept " + n % 10),
        ZoneId.of("UTC"),
        WorkingDays.MONDAY_TO_FRIDAY,
        QuietHours.DEFAULT,
        slack ? Optional.of(slackUser(org.id(), n)) : Optional.empty(),
        slack ? Optional.empty() : Optional.of(aad(org.id(), n)));
  }

  private static DefaultInstaller installation(String orgId, String team) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setAppId("AHARNESS");
    installer.setTeamId(team);
    installer.setTeamName("Harness " + orgId);
    installer.setIsEnterpriseInstall(false);
    installer.setTokenType("bot");
    installer.setBotId("B" + team);
    installer.setBotUserId("UBOT" + team);
    installer.setBotScope("chat:write,im:write,mpim:write,users:read,users:read.email");
    installer.setBotAccessToken(SlackApiStandIn.tokenOf(orgId));
    installer.setInstalledAt(System.currentTimeMillis());
    return installer;
  }

  static String slackUser(String orgId, int n) {
    return "U" + orgId.toUpperCase().replace("-", "") + "X" + n;
  }

  static String aad(String orgId, int n) {
    return "aad-" + orgId + "-" + n;
  }
}
