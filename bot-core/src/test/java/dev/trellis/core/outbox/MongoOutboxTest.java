package dev.trellis.core.outbox;

import static dev.trellis.core.outbox.OutboxTestData.ACME;
import static dev.trellis.core.outbox.OutboxTestData.GLOBEX;
import static dev.trellis.core.outbox.OutboxTestData.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.privacy.TextPlace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOutboxTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");
  static final Instant LEASE = NOW.plus(Duration.ofMinutes(2));

  MongoOutbox outbox;

  @BeforeEach
  void givenAnEmptyOutbox() {
    outbox = new MongoOutbox(mongo.db(), new AesGcmTextCipher(new byte[32]));
  }

  @Test
  void shouldStoreTheWholeMessageAndGiveItBackWhenDue() {
    OutboxEntry entry = anEntry(ACME, "a", NOW);

    assertThat(outbox.enqueue(entry)).isTrue();
    List<OutboxEntry> claimed = outbox.claimDue(ACME, "one", NOW, LEASE, 10);

    assertThat(claimed).containsExactly(entry);
  }

  @Test
  void givenTheSameKeyTwice_thenItIsStoredOnce() {
    assertThat(outbox.enqueue(anEntry(ACME, "a", NOW))).isTrue();
    assertThat(outbox.enqueue(anEntry(ACME, "a", NOW.plusSeconds(5)))).isFalse();

    assertThat(outbox.claimDue(ACME, "one", NOW.plusSeconds(10), LEASE, 10)).hasSize(1);
  }

  @Test
  void givenAKeyThatWasAlreadySent_thenEnqueuingItAgainDoesNothing() {
    OutboxEntry entry = anEntry(ACME, "a", NOW);
    outbox.enqueue(entry);
    outbox.claimDue(ACME, "one", NOW, LEASE, 10);
    outbox.markSent("one", List.of(sent(entry)));

    assertThat(outbox.enqueue(anEntry(ACME, "a", NOW.plusSeconds(60)))).isFalse();
    assertThat(outbox.claimDue(ACME, "one", NOW.plusSeconds(120), LEASE.plusSeconds(120), 10))
        .isEmpty();
    assertThat(outbox.pending(ACME, 10)).isEmpty();
  }

  @Test
  void aClaimedMessageIsNotClaimedAgainWhileItsLeaseHolds() {
    outbox.enqueue(anEntry(ACME, "a", NOW));

    assertThat(outbox.claimDue(ACME, "one", NOW, LEASE, 10)).hasSize(1);
    assertThat(outbox.claimDue(ACME, "two", NOW.plusSeconds(60), LEASE, 10)).isEmpty();
    assertThat(outbox.claimDue(ACME, "two", LEASE, LEASE.plusSeconds(120), 10)).hasSize(1);
  }

  @Test
  void aMessageDueLaterIsNotClaimedNow() {
    OutboxEntry later = anEntry(ACME, "later", NOW.plusSeconds(300));
    outbox.enqueue(later);

    assertThat(outbox.claimDue(ACME, "one", NOW, LEASE, 10)).isEmpty();
    assertThat(outbox.claimDue(ACME, "one", NOW.plusSeconds(300), LEASE.plusSeconds(300), 10))
        .hasSize(1);
  }

  @Test
  void aRescheduledMessageComesBackAtItsTimeWithItsAttemptsCounted() {
    OutboxEntry entry = anEntry(ACME, "a", NOW);
    outbox.enqueue(entry);
    outbox.claimDue(ACME, "one", NOW, LEASE, 10);

    outbox.reschedule("one", entry, NOW.plusSeconds(30), true, "HTTP 503");

    assertThat(outbox.claimDue(ACME, "two", NOW.plusSeconds(29), LEASE, 10)).isEmpty();
    OutboxEntry again = outbox.claimDue(ACME, "two", NOW.plusSeconds(30), LEASE, 10).get(0);
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(again.lastError()).hasValue("HTTP 503");
  }

  @Test
  void aDeadMessageIsListedForItsOrgOnlyWithoutItsText() {
    OutboxEntry entry = anEntry(ACME, "a", NOW);
    outbox.enqueue(entry);
    outbox.claimDue(ACME, "one", NOW, LEASE, 10);

    outbox.markDead("one", entry, "account_inactive", NOW);

    assertThat(outbox.dead(ACME, 10))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.key()).isEqualTo(entry.key());
              assertThat(d.reason()).isEqualTo("account_inactive");
              assertThat(d.recipient()).isEqualTo(entry.recipient());
            });
    assertThat(outbox.dead(GLOBEX, 10)).isEmpty();
    assertThat(outbox.enqueue(anEntry(ACME, "a", NOW))).isFalse();
    assertThat(mongo.db().getCollection("outbox_dead").find().first().toJson())
        .doesNotContain("skill you want to learn");
  }

  @Test
  void aWaitingMessageIsStoredEncryptedAndOnlyWhoWhenAndWhyStayReadable() {
    OutboxEntry entry = anEntry(ACME, "a", NOW);
    outbox.enqueue(entry);

    Document stored = mongo.db().getCollection("outbox").find().first();
    assertThat(stored.getString("message")).startsWith("v2:");
    assertThat(stored.toJson())
        .contains(entry.recipient().personId().value())
        .doesNotContain("skill you want to learn")
        .doesNotContain("Your weekly reflection")
        .doesNotContain("Learning")
        .doesNotContain("Type here")
        .doesNotContain("Only me")
        .doesNotContain("Private to you");
    assertThat(outbox.pending(ACME, 10)).containsExactly(entry);
  }

  @Test
  void aMessageCopiedIntoAnotherEntryIsNeverSentButListedAndThenADeadLetter() {
    outbox.enqueue(anEntry(ACME, "a", NOW));
    OutboxEntry other = anEntry(ACME, "b", NOW);
    outbox.enqueue(other);
    MongoCollection<Document> raw = mongo.db().getCollection("outbox");
    String stored =
        raw.find(new Document("_id", DedupeKey.of(ACME, "a").value())).first().getString("message");
    raw.updateOne(
        new Document("_id", other.key().value()),
        new Document("$set", new Document("message", stored)));

    assertThat(outbox.pending(ACME, 10))
        .filteredOn(e -> e.key().equals(other.key()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.recipient()).isEqualTo(other.recipient());
              assertThat(e.message().text()).isEqualTo(TextCipher.UNREADABLE);
            });
    assertThat(outbox.claimDue(ACME, "one", NOW, LEASE, 10))
        .extracting(OutboxEntry::key)
        .containsExactly(DedupeKey.of(ACME, "a"));
    assertThat(outbox.dead(ACME, 10))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.key()).isEqualTo(other.key());
              assertThat(d.reason()).isEqualTo("its stored message does not decrypt");
            });
    assertThat(outbox.pending(ACME, 10)).extracting(OutboxEntry::key).doesNotContain(other.key());
  }

  @Test
  void aMessageStoredInTheClearByTheVersionBeforeStillReadsAndIsSent() {
    OutboxEntry entry = anEntry(ACME, "old", NOW);
    outbox.enqueue(entry);
    mongo
        .db()
        .getCollection("outbox")
        .updateOne(
            new Document("_id", entry.key().value()),
            new Document(
                "$set",
                new Document(
                    "message",
                    new Document("text", "Your agenda for Thursday")
                        .append("fallback", "Your agenda for Thursday"))));

    assertThat(outbox.claimDue(ACME, "one", NOW, LEASE, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.message().text()).isEqualTo("Your agenda for Thursday"));
  }

  @Test
  void aMessageSealedAsJsonByTheVersionBeforeStillReadsAndIsSent() {
    OutboxEntry entry = anEntry(ACME, "json", NOW);
    outbox.enqueue(entry);
    String json =
        new Document("text", "Your agenda for Thursday")
            .append("fallback", "Your agenda for Thursday")
            .toJson();
    String sealed =
        new AesGcmTextCipher(new byte[32])
            .encrypt(
                json,
                new TextPlace(
                    "outbox",
                    entry.key().value(),
                    "message",
                    entry.recipient().personId().value()));
    mongo
        .db()
        .getCollection("outbox")
        .updateOne(
            new Document("_id", entry.key().value()),
            new Document("$set", new Document("message", sealed)));

    assertThat(outbox.claimDue(ACME, "one", NOW, LEASE, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.message().text()).isEqualTo("Your agenda for Thursday"));
  }

  @Test
  void pendingListsOnlyTheOrgsOwnMessages() {
    outbox.enqueue(anEntry(ACME, "a", NOW));
    outbox.enqueue(anEntry(GLOBEX, "b", NOW));

    assertThat(outbox.pending(ACME, 10))
        .extracting(OutboxEntry::key)
        .containsExactly(DedupeKey.of(ACME, "a"));
  }

  @Test
  void claimsTakeEveryDueMessageAcrossShards() {
    for (int i = 0; i < 200; i++) {
      outbox.enqueue(anEntry(ACME, "m" + i, NOW));
    }

    assertThat(outbox.claimDue(ACME, "one", NOW, LEASE, 1000)).hasSize(200);
  }

  /**
   * The embedded server answers a query without a batch size in one reply, and fails one over 48
   * MB: a big buddy round's 75,000 intros, all due the same morning, are 83 MB. Here 1,000 messages
   * of 60 KB each (text and fallback).
   */
  @Test
  void claimsMoreDueMessagesThanOneReplyOfTheEmbeddedServerHolds() {
    String text = "x".repeat(30_000);
    List<OutboxEntry> big = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      big.add(
          OutboxEntry.fresh(
              DedupeKey.of(ACME, "big" + i),
              anEntry(ACME, "big" + i, NOW).recipient(),
              OutboundMessage.builder(text).build(),
              NOW));
    }
    outbox.enqueueAll(big);

    assertThat(outbox.claimDue(ACME, "one", NOW, LEASE, 1000)).hasSize(1000);
  }

  @Test
  void enqueueAllSkipsKeysAlreadyQueuedOrSentAndCountsTheNewOnes() {
    OutboxEntry sentOne = anEntry(ACME, "sent", NOW);
    outbox.enqueue(sentOne);
    outbox.claimDue(ACME, "one", NOW, LEASE, 10);
    outbox.markSent("one", List.of(sent(sentOne)));
    outbox.enqueue(anEntry(ACME, "queued", NOW));

    int added =
        outbox.enqueueAll(
            List.of(
                anEntry(ACME, "sent", NOW),
                anEntry(ACME, "queued", NOW),
                anEntry(ACME, "new1", NOW),
                anEntry(ACME, "new2", NOW)));

    assertThat(added).isEqualTo(2);
    assertThat(outbox.pending(ACME, 10)).hasSize(3);
  }

  private static Outbox.Sent sent(OutboxEntry entry) {
    return new Outbox.Sent(ACME, entry.key(), new MessageRef(Platform.SLACK, "ts1"), NOW);
  }
}
