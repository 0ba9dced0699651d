package dev.trellis.core.outbox;

import static dev.trellis.core.directory.PersonTestData.aPerson;
import static dev.trellis.core.outbox.OutboxTestData.ACME;
import static dev.trellis.core.outbox.OutboxTestData.GLOBEX;
import static dev.trellis.core.outbox.OutboxTestData.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoDeadLetters;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoPersonRecords;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.privacy.TextCipher;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoDeadLettersTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");
  static final Instant LATER = NOW.plus(Duration.ofHours(3));

  final TextCipher cipher = new AesGcmTextCipher(new byte[32]);
  MongoOutbox outbox;
  MongoDeadLetters deadLetters;

  @BeforeEach
  void givenAnEmptyOutbox() {
    outbox = new MongoOutbox(mongo.db(), cipher);
    deadLetters = new MongoDeadLetters(mongo.db());
  }

  @Test
  void aRetriedDeadLetterIsDueAtOnceWithItsMessageFromItsFirstAttempt() {
    OutboxEntry entry = deadLetter("a");

    assertThat(deadLetters.retry(ACME, entry.key(), LATER))
        .isEqualTo(DeadLetterRetries.Result.QUEUED);

    assertThat(outbox.dead(ACME, 10)).isEmpty();
    assertThat(outbox.claimDue(ACME, "two", LATER, LATER.plusSeconds(120), 10))
        .singleElement()
        .satisfies(
            again -> {
              assertThat(again.key()).isEqualTo(entry.key());
              assertThat(again.recipient()).isEqualTo(entry.recipient());
              assertThat(again.message()).isEqualTo(entry.message());
              assertThat(again.attempts()).isZero();
            });
  }

  @Test
  void aDeadLetterKeepsItsMessageSealedNeverInTheClear() {
    deadLetter("a");

    Document stored = mongo.db().getCollection("outbox_dead").find().first();
    assertThat(stored.getString("message")).startsWith("v2:");
    assertThat(stored.toJson())
        .doesNotContain("skill you want to learn")
        .doesNotContain("Your weekly reflection");
  }

  @Test
  void givenAKeyOfAnotherOrgOrNoDeadLetter_thenNothingIsRetried() {
    OutboxEntry entry = deadLetter("a");

    assertThat(deadLetters.retry(GLOBEX, entry.key(), LATER))
        .isEqualTo(DeadLetterRetries.Result.NOT_FOUND);
    assertThat(deadLetters.retry(ACME, DedupeKey.of(ACME, "b"), LATER))
        .isEqualTo(DeadLetterRetries.Result.NOT_FOUND);
    assertThat(outbox.dead(ACME, 10)).hasSize(1);
  }

  @Test
  void givenADeadLetterThatKeptNoMessage_thenItStaysDead() {
    mongo
        .db()
        .getCollection("outbox_dead")
        .insertOne(
            new Document("_id", "acme/old")
                .append("orgId", "acme")
                .append(
                    "recipient",
                    new Document("personId", "p1")
                        .append("platform", "SLACK")
                        .append("address", "U1"))
                .append("attempts", 12)
                .append("reason", "HTTP 503")
                .append("diedAt", java.util.Date.from(NOW)));

    assertThat(deadLetters.retry(ACME, new DedupeKey("acme/old"), LATER))
        .isEqualTo(DeadLetterRetries.Result.NOTHING_TO_SEND);
    assertThat(outbox.dead(ACME, 10)).hasSize(1);
    assertThat(outbox.pending(ACME, 10)).isEmpty();
  }

  @Test
  void forgettingSomeoneDeletesTheDeadLettersWhoseMessageNamesThemAndKeepsTheOthers() {
    Person rita = aPerson().withName("Rita").withEmail("rita@acme.example").build();
    OutboxEntry namingRita =
        deadLetter(
            OutboxEntry.fresh(
                DedupeKey.of(ACME, "to-bob"),
                new Recipient(ACME, new PersonId("bob"), Platform.SLACK, "UBOB"),
                OutboundMessage.builder("Rita would like to meet on Thursday").build(),
                NOW));
    OutboxEntry other = deadLetter("a");

    new MongoPersonRecords(mongo.db(), cipher)
        .erase(new Erasure(ACME, rita.id(), new PersonId("anonymous-1")), rita);

    assertThat(outbox.dead(ACME, 10))
        .extracting(DeadLetter::key)
        .containsExactly(other.key())
        .doesNotContain(namingRita.key());
  }

  private OutboxEntry deadLetter(String key) {
    return deadLetter(anEntry(ACME, key, NOW));
  }

  private OutboxEntry deadLetter(OutboxEntry entry) {
    outbox.enqueue(entry);
    outbox.claimDue(ACME, "one", NOW, NOW.plusSeconds(120), 10);
    outbox.markDead("one", entry, "account_inactive", NOW);
    return entry;
  }
}
