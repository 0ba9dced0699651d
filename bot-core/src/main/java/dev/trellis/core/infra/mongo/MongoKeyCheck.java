package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.privacy.TextPlace;
import org.bson.Document;

/**
 * Makes sure the service encrypts with the key the database's texts were written with: the first
 * start stores a sample encrypted with its key, and every start reads it back. A changed key is
 * refused at start-up, before anything is written with it, rather than found out when someone asks
 * for their history. A sample written by an earlier version (without a bound place) still reads.
 */
public final class MongoKeyCheck {

  static final String SAMPLE_ID = "encryption-key-check";
  private static final String SAMPLE = "Trellis encryption key check";
  private static final TextPlace PLACE =
      new TextPlace(MongoSchema.META, SAMPLE_ID, "sample", "trellis");

  private MongoKeyCheck() {}

  public static void verify(MongoDatabase db, TextCipher cipher) {
    MongoCollection<Document> meta = db.getCollection(MongoSchema.META);
    Document stored = meta.find(new Document("_id", SAMPLE_ID)).first();
    if (stored == null) {
      try {
        meta.insertOne(
            new Document("_id", SAMPLE_ID).append("sample", cipher.encrypt(SAMPLE, PLACE)));
        return;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        stored = meta.find(new Document("_id", SAMPLE_ID)).first(); // another instance was first
      }
    }
    if (!readsBack(cipher, stored.getString("sample"))) {
      throw new WrongKeyException();
    }
  }

  private static boolean readsBack(TextCipher cipher, String sample) {
    try {
      return SAMPLE.equals(cipher.decrypt(sample, PLACE));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The configured key is not the one the stored texts were written with. */
  public static final class WrongKeyException extends IllegalStateException {
    WrongKeyException() {
      super(
          "The encryption key is not the one this database's texts were written with, so"
              + " reflections stored before could not be read. Restore the key it was started with"
              + " (TRELLIS_ENCRYPTION_KEY, or the encryption-key file in the data directory) and"
              + " start again.");
    }
  }
}
