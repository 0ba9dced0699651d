package dev.trellis.core.outbox;

import static dev.trellis.core.outbox.OutboxTestData.ACME;
import static dev.trellis.core.outbox.OutboxTestData.GLOBEX;
import static dev.trellis.core.outbox.OutboxTestData.SETTINGS;
import static dev.trellis.core.outbox.OutboxTestData.START;
import static dev.trellis.core.outbox.OutboxTestData.aRichMessage;
import static dev.trellis.core.outbox.OutboxTestData.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgSendingLeases;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxDispatcherTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  TestClock clock;
  MongoOutbox outbox;
  RecordingPlatform slack;
  OutboxDispatcher dispatcher;

  @BeforeEach
  void given() {
    clock = new TestClock(START);
    outbox = new MongoOutbox(mongo.db(), new AesGcmTextCipher(new byte[32]));
    slack = new RecordingPlatform(Platform.SLACK);
    dispatcher =
        new OutboxDispatcher(
            outbox,
            List.of(slack),
            clock,
            "test",
            SETTINGS,
            new SplittableRandom(7),
            UnreachableRecipients.NONE,
            RecipientRoutes.AS_STORED,
            new MongoOrgSendingLeases(mongo.db()));
  }

  @Test
  void aRecipientThePlatformCannotReachIsMarkedAndLaterMessagesDieWithoutATry() {
    MongoUnreachableRecipients unreachable = new MongoUnreachableRecipients(mongo.db());
    OutboxDispatcher marking =
        new OutboxDispatcher(
            outbox,
            List.of(slack),
            clock,
            "test",
            SETTINGS,
            new SplittableRandom(7),
            unreachable,
            RecipientRoutes.AS_STORED,
            new MongoOrgSendingLeases(mongo.db()));
    slack.thenAnswer(r -> new Delivery.Failed("slack chat.postMessage: user_not_found", true));
    Recipient ann = new Recipient(ACME, new PersonId("ann"), Platform.SLACK, "U0ANN0001");
    outbox.enqueue(OutboxEntry.fresh(DedupeKey.of(ACME, "first"), ann, aRichMessage(), START));

    DispatchReport first = marking.dispatchDue();
    outbox.enqueue(OutboxEntry.fresh(DedupeKey.of(ACME, "second"), ann, aRichMessage(), START));
    DispatchReport second = marking.dispatchDue();

    assertThat(first.dead()).isEqualTo(1);
    assertThat(second.dead()).isEqualTo(1);
    // Tried, the second would have gone through (the platform fails only once).
    assertThat(slack.received()).as("the second was never tried").isEmpty();
    assertThat(outbox.dead(ACME, 10))
        .extracting(DeadLetter::reason)
        .contains("SLACK said this person cannot be reached");

    unreachable.clear(ann);
    outbox.enqueue(OutboxEntry.fresh(DedupeKey.of(ACME, "third"), ann, aRichMessage(), START));
    assertThat(marking.dispatchDue().sent()).isEqualTo(1);
  }

  @Test
  void aGroupRecipientIsNeverMarkedUnreachableNorHeldBackByItsOrItsMembersMarks() {
    MongoUnreachableRecipients unreachable = new MongoUnreachableRecipients(mongo.db());
    OutboxDispatcher marking =
        new OutboxDispatcher(
            outbox,
            List.of(slack),
            clock,
            "test",
            SETTINGS,
            new SplittableRandom(7),
            unreachable,
            RecipientRoutes.AS_STORED,
            new MongoOrgSendingLeases(mongo.db()));
    Recipient ann = new Recipient(ACME, new PersonId("ann"), Platform.SLACK, "U0ANN0001");
    Recipient bob = new Recipient(ACME, new PersonId("bob"), Platform.SLACK, "U0BOB0001");
    Recipient pair = Recipient.group(List.of(ann, bob));
    slack.thenAnswer(r -> new Delivery.Failed("slack conversations.open: user_disabled", true));
    outbox.enqueue(OutboxEntry.fresh(DedupeKey.of(ACME, "group-1"), pair, aRichMessage(), START));

    DispatchReport first = marking.dispatchDue();

    assertThat(first.dead()).isEqualTo(1);
    assertThat(outbox.dead(ACME, 10))
        .extracting(DeadLetter::reason)
        .containsExactly("slack conversations.open: user_disabled");
    assertThat(unreachable.among(List.of(pair, ann, bob))).as("nobody marked").isEmpty();

    // Even a mark on the group's address or on a member does not hold a group message back.
    unreachable.mark(pair, "written by something else", START);
    unreachable.mark(ann, "deactivated", START);
    outbox.enqueue(OutboxEntry.fresh(DedupeKey.of(ACME, "group-2"), pair, aRichMessage(), START));
    DispatchReport second = marking.dispatchDue();

    assertThat(second.sent()).isEqualTo(1);
    assertThat(slack.received())
        .extracting(RecordingPlatform.Received::recipient)
        .containsExactly(pair);
  }

  @Test
  void shouldSendWhatIsDueOnceAndNothingAgain() {
    outbox.enqueue(anEntry(ACME, "a", START));
    outbox.enqueue(anEntry(ACME, "b", START));

    DispatchReport first = dispatcher.dispatchDue();
    DispatchReport second = dispatcher.dispatchDue();

    assertThat(first.sent()).isEqualTo(2);
    assertThat(second.claimed()).isZero();
    assertThat(slack.received()).hasSize(2);
    assertThat(slack.received().get(0).message()).isEqualTo(OutboxTestData.aRichMessage());
  }

  @Test
  void aLimitThatHoldsOneMessageHoldsOnlyItAndWhatFollowsItToTheSamePerson() {
    Recipient ann = new Recipient(ACME, new PersonId("ann"), Platform.SLACK, "U0ANN0001");
    slack.thenAnswer(
        r -> Delivery.RetryLater.throttled(Duration.ofSeconds(30)).holding(Delivery.Holds.MESSAGE));
    dispatcher = instance("test", OutboxTestData.ONE_AT_A_TIME);
    outbox.enqueue(
        OutboxEntry.fresh(DedupeKey.of(ACME, "ann-1"), ann, aRichMessage(), START.minusMillis(4)));
    outbox.enqueue(anEntry(ACME, "b", START.minusMillis(3)));
    outbox.enqueue(
        OutboxEntry.fresh(DedupeKey.of(ACME, "ann-2"), ann, aRichMessage(), START.minusMillis(2)));
    outbox.enqueue(anEntry(ACME, "c", START.minusMillis(1)));

    DispatchReport first = dispatcher.dispatchDue();

    assertThat(first.sent()).isEqualTo(2);
    assertThat(first.throttled()).isEqualTo(1);
    assertThat(slack.received())
        .extracting(r -> r.recipient().address())
        .doesNotContain("U0ANN0001");
    assertThat(outbox.pending(ACME, 10))
        .allSatisfy(e -> assertThat(e.nextAttemptAt()).isEqualTo(START.plusSeconds(30)))
        .allSatisfy(e -> assertThat(e.attempts()).isZero())
        .hasSize(2);

    clock.advance(Duration.ofSeconds(30));
    dispatcher.dispatchDue();

    assertThat(slack.received())
        .extracting(r -> r.recipient().personId().value())
        .containsExactly("p-b", "p-c", "ann", "ann");
    assertThat(outbox.pending(ACME, 10)).isEmpty();
  }

  @Test
  void aLimitThatHoldsTheWholeOrgStopsItsSendingOnEveryInstanceUntilThenAndNotOtherOrgs() {
    dispatcher = instance("test", OutboxTestData.ONE_AT_A_TIME);
    // The two orgs send at once: whichever asks first, Acme's first message is throttled.
    for (int i = 0; i < 2; i++) {
      slack.thenAnswer(
          r ->
              r.orgId().equals(ACME)
                  ? Delivery.RetryLater.throttled(Duration.ofSeconds(30))
                  : new Delivery.Delivered(new MessageRef(Platform.SLACK, "g")));
    }
    for (int i = 0; i < 5; i++) {
      outbox.enqueue(anEntry(ACME, "m" + i, START));
    }
    outbox.enqueue(anEntry(GLOBEX, "other", START));

    DispatchReport first = dispatcher.dispatchDue();

    assertThat(first.sent()).isEqualTo(1);
    assertThat(slack.received()).extracting(r -> r.recipient().orgId()).containsExactly(GLOBEX);
    assertThat(first.throttled()).isEqualTo(1);
    assertThat(outbox.pending(ACME, 10))
        .hasSize(5)
        .allSatisfy(e -> assertThat(e.nextAttemptAt()).isAfterOrEqualTo(START.plusSeconds(30)));

    // A message of the org that is due now waits too, whichever instance looks.
    clock.advance(Duration.ofSeconds(10));
    outbox.enqueue(anEntry(ACME, "new", clock.instant()));
    OutboxDispatcher another = instance("another", OutboxTestData.ONE_AT_A_TIME);
    assertThat(another.dispatchDue().claimed()).isZero();
    assertThat(dispatcher.dispatchDue().claimed()).isZero();

    clock.advance(Duration.ofSeconds(20));
    another.dispatchDue();
    assertThat(slack.received()).hasSize(7);
  }

  private OutboxDispatcher instance(String owner, OutboxSettings settings) {
    return new OutboxDispatcher(
        outbox,
        List.of(slack),
        clock,
        owner,
        settings,
        new SplittableRandom(8),
        UnreachableRecipients.NONE,
        RecipientRoutes.AS_STORED,
        new MongoOrgSendingLeases(mongo.db()));
  }

  @Test
  void givenAThrottlingAnswer_thenTheMessageWaitsAtLeastTheRetryAfterAndIsNotCountedAsAFailure() {
    for (int i = 0; i < 10; i++) {
      slack.thenAnswer(r -> Delivery.RetryLater.throttled(Duration.ofSeconds(30)));
    }
    outbox.enqueue(anEntry(ACME, "a", START));

    for (int i = 0; i < 10; i++) {
      DispatchReport report = dispatcher.dispatchDue();
      assertThat(report.dead()).isZero();
      clock.advance(Duration.ofSeconds(29));
      assertThat(dispatcher.dispatchDue().claimed()).isZero();
      clock.advance(Duration.ofSeconds(10));
    }
    dispatcher.dispatchDue();

    assertThat(slack.received()).hasSize(1);
    assertThat(outbox.dead(ACME, 10)).isEmpty();
  }

  @Test
  void givenPassingFailures_thenItRetriesWithBackoffAndThenSucceeds() {
    slack.thenAnswer(r -> Delivery.RetryLater.transientFailure("HTTP 503"));
    outbox.enqueue(anEntry(ACME, "a", START));

    assertThat(dispatcher.dispatchDue().retried()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(4));
    assertThat(dispatcher.dispatchDue().claimed()).isZero();
    clock.advance(Duration.ofSeconds(6));
    assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
  }

  @Test
  void givenAFailureEveryTime_thenTheMessageIsDeadAfterTheLastAttempt() {
    for (int i = 0; i < 3; i++) {
      slack.thenAnswer(r -> Delivery.RetryLater.transientFailure("HTTP 500"));
    }
    outbox.enqueue(anEntry(ACME, "a", START));

    for (int i = 0; i < 3; i++) {
      dispatcher.dispatchDue();
      clock.advance(Duration.ofMinutes(11));
    }

    assertThat(outbox.dead(ACME, 10))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).contains("3 attempts", "HTTP 500"));
    assertThat(slack.received()).isEmpty();
  }

  @Test
  void givenAPermanentFailure_thenTheMessageIsDeadAtOnce() {
    slack.thenAnswer(r -> new Delivery.Failed("account_inactive", true));
    outbox.enqueue(anEntry(ACME, "a", START));

    assertThat(dispatcher.dispatchDue().dead()).isEqualTo(1);
    assertThat(outbox.dead(ACME, 10))
        .extracting(DeadLetter::reason)
        .containsExactly("account_inactive");
  }

  @Test
  void givenAPlatformThatThrows_thenItIsAPassingFailure() {
    slack.thenAnswer(
        r -> {
          throw new IllegalStateException("connection reset");
        });
    outbox.enqueue(anEntry(ACME, "a", START));

    assertThat(dispatcher.dispatchDue().retried()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(1));
    dispatcher.dispatchDue();
    assertThat(slack.received()).hasSize(1);
  }

  @Test
  void givenAPlatformThatIsNotConnected_thenTheMessageWaitsAndFinallyDies() {
    OutboxDispatcher noTeams =
        new OutboxDispatcher(
            outbox,
            List.of(),
            clock,
            "test",
            SETTINGS,
            new SplittableRandom(1),
            UnreachableRecipients.NONE,
            RecipientRoutes.AS_STORED,
            new MongoOrgSendingLeases(mongo.db()));
    outbox.enqueue(anEntry(ACME, "a", START));

    for (int i = 0; i < 3; i++) {
      noTeams.dispatchDue();
      clock.advance(Duration.ofMinutes(11));
    }

    assertThat(outbox.dead(ACME, 10))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).contains("SLACK is not connected"));
  }
}
