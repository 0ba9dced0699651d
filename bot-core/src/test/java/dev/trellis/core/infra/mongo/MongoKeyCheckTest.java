package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The start-up check that the configured key is the one the stored texts were written with. */
class MongoKeyCheckTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final byte[] KEY = new byte[32];

  /** The sample as the version before wrote it with {@link #KEY} (v1, no bound place). */
  static final String V1_SAMPLE =
      "v1:/hcpB6lXCSLawD7i0xUO/VwFRbU5ZGiLoEXtgA23MzK4/v2QmpBnZ+kU37tjGrgAWZ9WqLkNQG0=";

  @Test
  void theFirstStartStoresABoundSampleThatTheSameKeyReadsBackAndAnotherKeyDoesNot() {
    MongoKeyCheck.verify(mongo.db(), cipher(KEY));

    assertThat(sample()).startsWith("v2:");
    assertThatNoException().isThrownBy(() -> MongoKeyCheck.verify(mongo.db(), cipher(KEY)));
    assertThatThrownBy(() -> MongoKeyCheck.verify(mongo.db(), cipher(anotherKey())))
        .isInstanceOf(MongoKeyCheck.WrongKeyException.class);
  }

  @Test
  void aSampleWrittenByTheVersionBeforeStillChecksTheKey() {
    mongo
        .db()
        .getCollection("meta")
        .insertOne(new Document("_id", MongoKeyCheck.SAMPLE_ID).append("sample", V1_SAMPLE));

    assertThatNoException().isThrownBy(() -> MongoKeyCheck.verify(mongo.db(), cipher(KEY)));
    assertThatThrownBy(() -> MongoKeyCheck.verify(mongo.db(), cipher(anotherKey())))
        .isInstanceOf(MongoKeyCheck.WrongKeyException.class);
    assertThat(sample()).isEqualTo(V1_SAMPLE);
  }

  private static String sample() {
    return mongo
        .db()
        .getCollection("meta")
        .find(new Document("_id", MongoKeyCheck.SAMPLE_ID))
        .first()
        .getString("sample");
  }

  private static AesGcmTextCipher cipher(byte[] key) {
    return new AesGcmTextCipher(key);
  }

  private static byte[] anotherKey() {
    byte[] other = KEY.clone();
    other[31] = 7;
    return other;
  }
}
