package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Writes that a unique index may refuse because the document is already there. */
final class DuplicateKeys {

  private DuplicateKeys() {}

  /**
   * Runs {@code write}; answers false, instead of failing, when a unique index refused it as a
   * duplicate key (someone wrote the same key first), true when it was written.
   */
  static boolean writtenUnlessDuplicate(Runnable write) {
    try {
      write.run();
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
    return true;
  }
}
