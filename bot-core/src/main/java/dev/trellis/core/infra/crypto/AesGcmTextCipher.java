package dev.trellis.core.infra.crypto;

import dev.trellis.core.privacy.TextCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per text. Stored form: {@code v1:} and the base64 of nonce
 * plus cipher text plus tag, so a later key or algorithm can be told apart.
 */
public final class AesGcmTextCipher implements TextCipher {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public AesGcmTextCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("The encryption key must be 32 bytes (256 bits)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  @Override
  public String encrypt(String plainText) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
      return PREFIX + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  @Override
  public String decrypt(String cipherText) {
    if (!cipherText.startsWith(PREFIX)) {
      throw new IllegalArgumentException("Not a text this cipher wrote");
    }
    try {
      byte[] all = Base64.getDecoder().decode(cipherText.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot decrypt a stored text: was TRELLIS_ENCRYPTION_KEY changed?", e);
    }
  }
}
