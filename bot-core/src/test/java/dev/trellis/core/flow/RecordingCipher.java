package dev.trellis.core.flow;

import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.privacy.TextPlace;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's cipher, remembering each ciphertext it wrote and its plain text, so a test can look
 * for a person's texts in the database even where they are stored encrypted.
 */
final class RecordingCipher implements TextCipher {

  record Sealed(String plainText, String cipherText) {}

  private final TextCipher cipher = new AesGcmTextCipher(new byte[32]);
  private final List<Sealed> sealed = new ArrayList<>();

  @Override
  public String encrypt(String plainText, TextPlace place) {
    String cipherText = cipher.encrypt(plainText, place);
    sealed.add(new Sealed(plainText, cipherText));
    return cipherText;
  }

  @Override
  public String decrypt(String cipherText, TextPlace place) {
    return cipher.decrypt(cipherText, place);
  }

  /** The ciphertexts written from a plain text holding {@code marker}. */
  List<String> cipherTextsOf(String marker) {
    return sealed.stream()
        .filter(s -> s.plainText().contains(marker))
        .map(Sealed::cipherText)
        .toList();
  }
}
