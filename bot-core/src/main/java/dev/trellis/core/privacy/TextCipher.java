package dev.trellis.core.privacy;

/**
 * Encrypts what people write (reflections, takeaways, notes, messages waiting to be sent) before it
 * is stored, and decrypts it for its owner. Each ciphertext is bound to its {@link TextPlace}: it
 * decrypts only there. The key comes from configuration and never from the database.
 */
public interface TextCipher {

  /** What a reader gets in place of a stored text that does not decrypt at its place. */
  String UNREADABLE = "(this text could not be read)";

  String encrypt(String plainText, TextPlace place);

  /**
   * @throws UnreadableTextException when the text was not written for this place (or with this
   *     key), or is not a text this cipher wrote
   */
  String decrypt(String cipherText, TextPlace place);
}
