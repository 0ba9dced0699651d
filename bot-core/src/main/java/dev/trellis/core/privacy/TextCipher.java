package dev.trellis.core.privacy;

/**
 * Encrypts what people write (reflections, takeaways, notes) before it is stored, and decrypts it
 * for its owner. The key comes from configuration and never from the database.
 */
public interface TextCipher {

  String encrypt(String plainText);

  String decrypt(String cipherText);
}
