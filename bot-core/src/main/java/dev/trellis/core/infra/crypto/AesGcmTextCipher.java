package dev.trellis.core.infra.crypto;

import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.privacy.TextPlace;
import dev.trellis.core.privacy.UnreadableTextException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per text. Stored form: a version prefix and the base64 of
 * nonce plus cipher text plus tag.
 *
 * <ul>
 *   <li>{@code v2:} (written now): the text's {@link TextPlace} is the associated data, so the
 *       ciphertext decrypts only at the collection, document, field and owner it was written for.
 *   <li>{@code v1:} (written by earlier versions): no associated data; still read, at any place,
 *       and written as {@code v2:} the next time its field is written.
 * </ul>
 */
public final class AesGcmTextCipher implements TextCipher {

  private static final String V1 = "v1:";
  private static final String V2 = "v2:";
  private static final byte[] V2_CONTEXT = "trellis text v2".getBytes(StandardCharsets.UTF_8);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  /**
   * Looking a cipher up costs more than using it on a short text, so each thread keeps one and
   * initialises it afresh (key and nonce) for every text.
   */
  private static final ThreadLocal<Cipher> CIPHERS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES/GCM is not available", e);
            }
          });

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public AesGcmTextCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("The encryption key must be 32 bytes (256 bits)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  @Override
  public String encrypt(String plainText, TextPlace place) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = CIPHERS.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(place));
      byte[] encrypted = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out =
          ByteBuffer.allocate(nonce.length + encrypted.length).put(nonce).put(encrypted);
      return V2 + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  @Override
  public String decrypt(String cipherText, TextPlace place) {
    if (cipherText.startsWith(V2)) {
      return open(cipherText.substring(V2.length()), associatedData(place), place);
    }
    if (cipherText.startsWith(V1)) {
      return open(cipherText.substring(V1.length()), null, place);
    }
    throw new UnreadableTextException(place, "it is not a text this cipher wrote");
  }

  private String open(String encoded, byte[] associatedData, TextPlace place) {
    try {
      byte[] all = Base64.getDecoder().decode(encoded);
      if (all.length < NONCE_BYTES + TAG_BITS / 8) {
        throw new UnreadableTextException(place, "it is too short to be a text this cipher wrote");
      }
      Cipher cipher = CIPHERS.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      if (associatedData != null) {
        cipher.updateAAD(associatedData);
      }
      byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new UnreadableTextException(place, "it is not valid base64");
    } catch (GeneralSecurityException e) {
      throw new UnreadableTextException(
          place,
          "it was written for another place, or with another key than this one"
              + " (was TRELLIS_ENCRYPTION_KEY changed?)");
    }
  }

  /** The place, each part prefixed with its length, so no two places give the same bytes. */
  private static byte[] associatedData(TextPlace place) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(V2_CONTEXT);
    for (String part :
        new String[] {place.collection(), place.documentId(), place.field(), place.owner()}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }
}
