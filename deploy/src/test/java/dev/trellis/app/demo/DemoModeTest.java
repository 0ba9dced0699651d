package dev.trellis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.RunningServiceTest;
import dev.trellis.app.mongo.TrellisMongo;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.slack.SlackProperties;
import dev.trellis.teams.TeamsProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The service in demo mode ({@code TRELLIS_DEMO=true}) with real platform and database settings in
 * its environment: they are ignored, the data stays in memory, and the demo org is seeded through
 * the admin API's use cases with the Playground's people. A person's first contact queues a prompt,
 * and a manager's the agendas of their next 1:1s with what their reports shared; none of what a
 * person wrote reaches an admin.
 */
@TestPropertySource(
    properties = {
      "trellis.demo=true",
      "trellis.data-dir=target/demo-mode-test-data-never-created",
      "trellis.mongodb.uri=mongodb://mongo.example.com:27017/trellis",
      "trellis.slack.bot-token=xoxb-real-looking-token",
      "trellis.slack.signing-secret=real-looking-signing-secret",
      "trellis.teams.app-id=11111111-2222-3333-4444-555555555555",
      "trellis.teams.app-password=real-looking-password",
      "trellis.teams.token-url=https://login.microsoftonline.com/real/oauth2/v2.0/token"
    })
class DemoModeTest extends RunningServiceTest {

  private static final OrgId DEMO = new OrgId(DemoOrg.ORG_ID);
  private static final String PRIVATE_TEXT = "I want to move to the platform team next year";

  @Autowired SlackProperties slack;
  @Autowired TeamsProperties teams;
  @Autowired TrellisMongo mongo;
  @Autowired Orgs orgs;
  @Autowired People people;
  @Autowired OneOnOnes oneOnOnes;
  @Autowired Cohorts cohorts;
  @Autowired BuddyRounds rounds;
  @Autowired DemoGreeting greeting;
  @Autowired ConversationEngine engine;
  @Autowired Outbox outbox;

  @Test
  void realPlatformAndDatabaseSettingsAreIgnoredAndNothingIsWrittenToTheDataDirectory() {
    assertThat(slack.botToken()).isBlank();
    assertThat(slack.signingSecret()).isBlank();
    assertThat(teams.appId()).isBlank();
    assertThat(teams.appPassword()).isBlank();
    assertThat(teams.tokenUrl()).isBlank();
    assertThat(teams.localTesting()).isTrue();
    assertThat(mongo.description()).contains("in memory only").doesNotContain("mongo.example.com");
    assertThat(Files.exists(Path.of("target/demo-mode-test-data-never-created"))).isFalse();
  }

  @Test
  void theDemoOrgHoldsThePlaygroundsTenantPeopleOneOnOnesAndABuddyRound() {
    Org org = orgs.findById(DEMO).orElseThrow();
    assertThat(org.teamsTenantId()).contains("00000000-0000-0000-0000-0000000000001");

    Person alex = byAad("00000000-0000-0000-0000-0000000000020");
    Person megan = byAad("00000000-0000-0000-0000-0000000000021");
    assertThat(alex.name()).isEqualTo("Alex Wilber");
    assertThat(alex.email().value()).isEqualTo("alexw@example.com");
    assertThat(alex.managerId()).contains(megan.id());
    assertThat(byAad("00000000-0000-0000-0000-0000000000023").email().value())
        .isEqualTo("isaiahl@example.com");
    assertThat(people.findAll(DEMO)).hasSize(6);

    List<OneOnOne> all = oneOnOnes.findAll(DEMO);
    assertThat(all).hasSize(5);
    assertThat(all)
        .anyMatch(o -> o.managerId().equals(megan.id()) && o.reportId().equals(alex.id()));

    Cohort cohort = cohorts.list(DEMO).get(0);
    assertThat(cohort.name()).isEqualTo(DemoOrg.COHORT);
    assertThat(rounds.list(DEMO, cohort.id()))
        .singleElement()
        .satisfies(round -> assertThat(round.groups()).hasSize(3));
  }

  @Test
  void aFirstContactQueuesAPromptAndAManagersAgendaShowsOnlyWhatWasSharedWithThem() {
    Person alex = byAad("00000000-0000-0000-0000-0000000000020");
    Person megan = byAad("00000000-0000-0000-0000-0000000000021");

    greeting.firstContact(DEMO, "00000000-0000-0000-0000-0000000000020");
    assertThat(entriesFor(alex))
        .anyMatch(e -> e.message().header().orElse("").equals("Time to reflect"));
    engine.handle(new TextReply(DEMO, alex.id(), Platform.TEAMS, clock.instant(), PRIVATE_TEXT));

    greeting.firstContact(DEMO, "00000000-0000-0000-0000-0000000000021");
    Map<String, OutboxEntry> agendas =
        entriesFor(megan).stream()
            .filter(e -> e.key().value().contains("agenda:"))
            .collect(Collectors.toMap(e -> e.message().text(), e -> e));
    assertThat(agendas).hasSize(2);
    assertThat(agendas.keySet())
        .allSatisfy(text -> assertThat(text).doesNotContain(PRIVATE_TEXT))
        .anySatisfy(text -> assertThat(text).contains("Shared by Alex Wilber since your last 1:1"));

    YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
    for (String path :
        List.of(
            "/api/admin/orgs/demo/outbox?state=pending",
            "/api/admin/orgs/demo/outbox?state=dead",
            "/api/admin/orgs/demo/people",
            "/api/admin/orgs/demo/analytics?from=" + month + "&to=" + month,
            "/api/admin/orgs/demo/audit")) {
      assertThat(admin.get(path).body()).as(path).doesNotContain(PRIVATE_TEXT);
    }
  }

  private List<OutboxEntry> entriesFor(Person person) {
    return outbox.pending(DEMO, 500).stream()
        .filter(e -> e.recipient().personId().equals(person.id()))
        .toList();
  }

  private Person byAad(String aad) {
    return people.findByTeamsAadObjectId(DEMO, aad).orElseThrow();
  }
}
