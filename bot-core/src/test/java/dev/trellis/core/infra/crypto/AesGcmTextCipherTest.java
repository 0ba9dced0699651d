package dev.trellis.core.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AesGcmTextCipherTest {

  static final byte[] KEY = new byte[32];
  final AesGcmTextCipher cipher = new AesGcmTextCipher(KEY);

  @Property
  void anyTextComesBackAsItWas(@ForAll String text) {
    assertThat(cipher.decrypt(cipher.encrypt(text))).isEqualTo(text);
  }

  @Test
  void theSameTextEncryptsDifferentlyEachTimeAndNeverInTheClear() {
    String a = cipher.encrypt("I want to move into product management");
    String b = cipher.encrypt("I want to move into product management");

    assertThat(a).isNotEqualTo(b).startsWith("v1:").doesNotContain("product");
  }

  @Test
  void anotherKeyCannotReadItAndSaysWhy() {
    byte[] other = Arrays.copyOf(KEY, 32);
    other[0] = 1;
    String sealed = cipher.encrypt("private");

    assertThatThrownBy(() -> new AesGcmTextCipher(other).decrypt(sealed))
        .hasMessageContaining("TRELLIS_ENCRYPTION_KEY");
  }

  @Test
  void aKeyOfTheWrongSizeIsRefused() {
    assertThatThrownBy(() -> new AesGcmTextCipher(new byte[16])).hasMessageContaining("32 bytes");
  }
}
