package dev.trellis.core.outbox;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static dev.trellis.core.outbox.OutboxTestData.SETTINGS;
import static dev.trellis.core.outbox.OutboxTestData.START;
import static dev.trellis.core.outbox.OutboxTestData.aRichMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.conversation.ReachingPeople;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoLastUsedPlatforms;
import dev.trellis.core.infra.mongo.MongoOrgSendingLeases;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoPeople;
import dev.trellis.core.infra.mongo.MongoPeopleSettings;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.Org;
import dev.trellis.core.step.PersonSettings;
import dev.trellis.testkit.TestClock;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person with a Slack id and a Teams id: the outbox tries the platform that reaches them best
 * when it sends, and the other one before it gives up.
 */
class OutboxPlatformFallbackTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  final Person ann = aPerson().withSlackUserId("U0ANN0001").withTeamsAadObjectId("aad-ann").build();
  final Recipient annOnSlack = Recipients.on(ann, Platform.SLACK).orElseThrow();
  final Recipient annOnTeams = Recipients.on(ann, Platform.TEAMS).orElseThrow();

  TestClock clock;
  MongoOutbox outbox;
  MongoUnreachableRecipients unreachable;
  MongoPeopleSettings settings;
  MongoLastUsedPlatforms lastUsed;
  ReachingPeople routes;
  RecordingPlatform slack;
  RecordingPlatform teams;

  @BeforeEach
  void given() {
    clock = new TestClock(START);
    outbox = new MongoOutbox(mongo.db(), new AesGcmTextCipher(new byte[32]));
    unreachable = new MongoUnreachableRecipients(mongo.db());
    settings = new MongoPeopleSettings(mongo.db());
    lastUsed = new MongoLastUsedPlatforms(mongo.db());
    MongoOrgs orgs = new MongoOrgs(mongo.db());
    orgs.save(new Org(ACME, "Acme", Optional.of("T0ACME"), Optional.of("tenant-acme")));
    MongoPeople people = new MongoPeople(mongo.db());
    people.saveAll(ACME, List.of(ann));
    routes = new ReachingPeople(people, settings, lastUsed, orgs);
    slack = new RecordingPlatform(Platform.SLACK);
    teams = new RecordingPlatform(Platform.TEAMS);
  }

  @Test
  void aMessageQueuedForSlackGoesToTeamsWhenThisServiceHasNoSlack() {
    enqueue("prompt", annOnSlack);

    DispatchReport report = dispatcher(teams).dispatchDue();

    assertThat(report.sent()).isEqualTo(1);
    assertThat(teams.received())
        .extracting(RecordingPlatform.Received::recipient)
        .containsExactly(annOnTeams);
    assertThat(outbox.dead(ACME, 10)).isEmpty();
  }

  @Test
  void aPersonSlackCannotReachGetsTheMessageOnTeamsAndIsMarkedOnSlackOnly() {
    slack.thenAnswer(r -> new Delivery.Failed("slack chat.postMessage: user_not_found", true));
    enqueue("first", annOnSlack);

    DispatchReport first = dispatcher(slack, teams).dispatchDue();
    enqueue("second", annOnSlack);
    DispatchReport second = dispatcher(slack, teams).dispatchDue();

    assertThat(first.sent()).isEqualTo(1);
    assertThat(second.sent()).isEqualTo(1);
    assertThat(slack.received()).as("the second was not tried on Slack").isEmpty();
    assertThat(teams.received())
        .extracting(RecordingPlatform.Received::recipient)
        .containsExactly(annOnTeams, annOnTeams);
    assertThat(unreachable.among(List.of(annOnSlack, annOnTeams))).containsExactly(annOnSlack);
  }

  @Test
  void whenBothPlatformsFailTheMessageIsDeadWithBothReasons() {
    slack.thenAnswer(r -> new Delivery.Failed("slack chat.postMessage: user_not_found", true));
    teams.thenAnswer(r -> new Delivery.Failed("no Teams conversation with this person", true));
    enqueue("prompt", annOnSlack);

    DispatchReport report = dispatcher(slack, teams).dispatchDue();

    assertThat(report.dead()).isEqualTo(1);
    assertThat(outbox.dead(ACME, 10))
        .extracting(DeadLetter::reason)
        .containsExactly(
            "slack chat.postMessage: user_not_found; no Teams conversation with this person");
  }

  @Test
  void aPlatformNotConnectedAndTheOtherUnreachableMakeADeadLetterWithBothReasons() {
    unreachable.mark(annOnTeams, "no Teams conversation with this person", START);
    enqueue("prompt", annOnSlack);

    DispatchReport report = dispatcher(teams).dispatchDue();

    assertThat(report.dead()).isEqualTo(1);
    assertThat(outbox.dead(ACME, 10))
        .extracting(DeadLetter::reason)
        .containsExactly("TEAMS said this person cannot be reached; SLACK is not connected");
  }

  @Test
  void thePlatformLastUsedComesFirstEvenForAMessageQueuedForTheOther() {
    lastUsed.record(ACME, ann.id(), Platform.TEAMS);
    enqueue("prompt", annOnSlack);

    dispatcher(slack, teams).dispatchDue();

    assertThat(slack.received()).isEmpty();
    assertThat(teams.received()).hasSize(1);
  }

  @Test
  void aChosenPlatformWinsOverTheLastUsedOne() {
    lastUsed.record(ACME, ann.id(), Platform.TEAMS);
    settings.save(ACME, ann.id(), PersonSettings.DEFAULT.withPlatform(Optional.of(Platform.SLACK)));
    enqueue("prompt", annOnTeams);

    dispatcher(slack, teams).dispatchDue();

    assertThat(slack.received())
        .extracting(RecordingPlatform.Received::recipient)
        .containsExactly(annOnSlack);
    assertThat(teams.received()).isEmpty();
  }

  @Test
  void aPassingFailureIsRetriedOnTheSamePlatformNotMovedToTheOther() {
    slack.thenAnswer(r -> Delivery.RetryLater.transientFailure("slack: internal_error"));
    enqueue("prompt", annOnSlack);

    DispatchReport report = dispatcher(slack, teams).dispatchDue();

    assertThat(report.retried()).isEqualTo(1);
    assertThat(teams.received()).isEmpty();
  }

  @Test
  void aGroupMessageStaysOnItsPlatform() {
    Person bob = aPerson().withSlackUserId("U0BOB0001").withTeamsAadObjectId("aad-bob").build();
    Recipient pair =
        Recipient.group(List.of(annOnSlack, Recipients.on(bob, Platform.SLACK).orElseThrow()));
    lastUsed.record(ACME, ann.id(), Platform.TEAMS);
    enqueue("group", pair);

    DispatchReport report = dispatcher(slack, teams).dispatchDue();

    assertThat(report.sent()).isEqualTo(1);
    assertThat(slack.received())
        .extracting(RecordingPlatform.Received::recipient)
        .containsExactly(pair);
    assertThat(teams.received()).isEmpty();
  }

  private void enqueue(String key, Recipient to) {
    outbox.enqueue(OutboxEntry.fresh(DedupeKey.of(ACME, key), to, aRichMessage(), START));
  }

  private OutboxDispatcher dispatcher(ChatPlatform... connected) {
    return new OutboxDispatcher(
        outbox,
        List.of(connected),
        clock,
        "test",
        SETTINGS,
        new SplittableRandom(7),
        unreachable,
        routes,
        new MongoOrgSendingLeases(mongo.db()));
  }
}
