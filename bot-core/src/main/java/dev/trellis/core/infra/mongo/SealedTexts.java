package dev.trellis.core.infra.mongo;

import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.privacy.TextPlace;
import dev.trellis.core.privacy.UnreadableTextException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encrypted fields of one collection: each text is sealed to its place (this collection, the
 * document, the field and the owner). A stored text that does not open at its place (copied there
 * from another document or person, or damaged) is logged by its place, never its content, and the
 * reader is told so instead of failing.
 */
final class SealedTexts {

  private static final Logger log = LoggerFactory.getLogger(SealedTexts.class);

  /** What a reader gets in place of a text erased or forgotten under the org's retention. */
  static final String FORGOTTEN = "(this text was erased)";

  /** Marks (true) a document whose texts were forgotten, so retention passes over it next time. */
  static final String FORGOTTEN_AT = "textsForgotten";

  private final TextCipher cipher;
  private final String collection;

  SealedTexts(TextCipher cipher, String collection) {
    this.cipher = cipher;
    this.collection = collection;
  }

  String seal(String documentId, String field, String owner, String text) {
    return cipher.encrypt(text, place(documentId, field, owner));
  }

  /** The text; {@link TextCipher#UNREADABLE} in its place when it does not open there. */
  String open(String documentId, String field, String owner, String stored) {
    return tryOpen(documentId, field, owner, stored).orElse(TextCipher.UNREADABLE);
  }

  /** The text; empty when it does not open at its place. */
  Optional<String> tryOpen(String documentId, String field, String owner, String stored) {
    try {
      return Optional.of(cipher.decrypt(stored, place(documentId, field, owner)));
    } catch (UnreadableTextException e) {
      log.warn("{}", e.getMessage());
      return Optional.empty();
    }
  }

  private TextPlace place(String documentId, String field, String owner) {
    return new TextPlace(collection, documentId, field, owner);
  }
}
