package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.ReflectionId;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers are encrypted bound to their reflection, field and person. */
class MongoReflectionsEncryptionTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final String ANSWER = "I want to lead the platform team next year";

  /** {@link #ANSWER} as the version before wrote it (v1, no bound place), with the zero key. */
  static final String V1_ANSWER =
      "v1:SxZZOHJ61pRGarnicszmLU044gC9PKZ7yS8WWQDX4Wjw3PWAv3GMpChJl7Zt+294C8/yveLjyRoGvMehcDpl"
          + "+D29YyLe2g==";

  MongoReflections reflections;
  MongoCollection<Document> raw;

  @BeforeEach
  void givenAlicesAnswerStoredByTheVersionBefore() {
    reflections = new MongoReflections(mongo.db(), new AesGcmTextCipher(new byte[32]));
    raw = mongo.db().getCollection("reflections");
    raw.insertOne(
        new Document("_id", "p1")
            .append("orgId", ACME.value())
            .append("personId", "alice")
            .append("promptId", "p1")
            .append("kind", "REFLECTION")
            .append("question", "Where do you want to be in a year?")
            .append("answer", V1_ANSWER)
            .append("answeredAt", Date.from(Instant.parse("2026-11-20T14:00:00Z"))));
  }

  @Test
  void anAnswerStoredByTheVersionBeforeStillReadsAndIsBoundToItsPlaceWhenNextWritten() {
    Reflection old = reflections.findById(ACME, new ReflectionId("p1")).orElseThrow();

    reflections.save(old);

    assertThat(old.answer()).isEqualTo(ANSWER);
    assertThat(raw.find().first().getString("answer")).startsWith("v2:").doesNotContain("lead");
    assertThat(reflections.findById(ACME, new ReflectionId("p1")).orElseThrow().answer())
        .isEqualTo(ANSWER);
  }

  @Test
  void anAnswerCopiedIntoAnotherDocumentFieldOrPersonDoesNotDecryptThereAndReadsAsUnreadable() {
    reflections.save(reflections.findById(ACME, new ReflectionId("p1")).orElseThrow());
    Document alices = raw.find(new Document("_id", "p1")).first();
    String bound = alices.getString("answer");

    // into another of her documents, into another field of Bob's, and her document handed to Bob
    raw.insertOne(new Document(alices).append("_id", "p2"));
    raw.insertOne(
        new Document(alices)
            .append("_id", "p3")
            .append("personId", "bob")
            .append("nextStep", bound));
    raw.insertOne(new Document(alices).append("_id", "p4").append("personId", "bob"));

    assertThat(reflections.findById(ACME, new ReflectionId("p2")).orElseThrow().answer())
        .isEqualTo(TextCipher.UNREADABLE);
    assertThat(reflections.history(ACME, new PersonId("bob"), 10))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.answer()).isEqualTo(TextCipher.UNREADABLE))
        .anySatisfy(r -> assertThat(r.nextStep()).hasValue(TextCipher.UNREADABLE));
    assertThat(reflections.findById(ACME, new ReflectionId("p1")).orElseThrow().answer())
        .isEqualTo(ANSWER);
  }
}
