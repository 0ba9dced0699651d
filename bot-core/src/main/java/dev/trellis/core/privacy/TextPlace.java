package dev.trellis.core.privacy;

import java.util.Objects;

/**
 * Where a stored text belongs: its collection, the document, the field and the owner (the person
 * who wrote it, or the org or workspace a secret belongs to). A ciphertext is bound to its place,
 * so one copied into another document, field or person's document does not decrypt there.
 */
public record TextPlace(String collection, String documentId, String field, String owner) {

  public TextPlace {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(owner, "owner");
  }

  /** Names the place for logs: ids only, never a text. */
  @Override
  public String toString() {
    return collection + "." + field + " of " + documentId + " (owner " + owner + ")";
  }
}
