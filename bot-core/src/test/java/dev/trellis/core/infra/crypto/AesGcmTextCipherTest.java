package dev.trellis.core.infra.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.privacy.TextPlace;
import dev.trellis.core.privacy.UnreadableTextException;
import java.util.Arrays;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AesGcmTextCipherTest {

  static final byte[] KEY = new byte[32];
  static final TextPlace PLACE = new TextPlace("reflections", "r-1", "answer", "person-1");

  /** Written by the version before places were bound (v1), with {@link #KEY}. */
  static final String V1_ANSWER =
      "v1:SxZZOHJ61pRGarnicszmLU044gC9PKZ7yS8WWQDX4Wjw3PWAv3GMpChJl7Zt+294C8/yveLjyRoGvMehcDpl+D29YyLe2g==";

  final AesGcmTextCipher cipher = new AesGcmTextCipher(KEY);

  @Property
  void anyTextComesBackAsItWasAtItsPlace(@ForAll String text) {
    assertThat(cipher.decrypt(cipher.encrypt(text, PLACE), PLACE)).isEqualTo(text);
  }

  @Test
  void theSameTextEncryptsDifferentlyEachTimeAsV2AndNeverInTheClear() {
    String a = cipher.encrypt("I want to move into product management", PLACE);
    String b = cipher.encrypt("I want to move into product management", PLACE);

    assertThat(a).isNotEqualTo(b).startsWith("v2:").doesNotContain("product");
  }

  static TextPlace[] otherPlaces() {
    return new TextPlace[] {
      new TextPlace("buddy_meetups", "r-1", "answer", "person-1"),
      new TextPlace("reflections", "r-2", "answer", "person-1"),
      new TextPlace("reflections", "r-1", "nextStep", "person-1"),
      new TextPlace("reflections", "r-1", "answer", "person-2"),
      // The parts are told apart, not just joined.
      new TextPlace("reflections", "r-1answer", "", "person-1"),
    };
  }

  @ParameterizedTest
  @MethodSource("otherPlaces")
  void aTextDoesNotDecryptAtAnyOtherPlaceAndTheFailureNamesThePlaceOnly(TextPlace other) {
    String stored = cipher.encrypt("I want to move into product management", PLACE);

    assertThatThrownBy(() -> cipher.decrypt(stored, other))
        .isInstanceOfSatisfying(
            UnreadableTextException.class, e -> assertThat(e.place()).isEqualTo(other))
        .hasMessageContaining(other.toString())
        .hasMessageContaining("written for another place")
        .message()
        .doesNotContain("product")
        .doesNotContain(stored);
  }

  @Test
  void aV1TextWrittenBeforePlacesWereBoundStillReadsAnywhere() {
    assertThat(cipher.decrypt(V1_ANSWER, PLACE))
        .isEqualTo("I want to lead the platform team next year");
    assertThat(cipher.decrypt(V1_ANSWER, new TextPlace("outbox", "k", "message", "p-9")))
        .isEqualTo("I want to lead the platform team next year");
  }

  @Test
  void aV1TextPassedOffAsV2DoesNotDecrypt() {
    String relabelled = "v2:" + V1_ANSWER.substring(3);

    assertThatThrownBy(() -> cipher.decrypt(relabelled, PLACE))
        .isInstanceOf(UnreadableTextException.class);
  }

  @Test
  void anotherKeyCannotReadItAndSaysWhy() {
    byte[] other = Arrays.copyOf(KEY, 32);
    other[0] = 1;
    String stored = cipher.encrypt("private", PLACE);

    assertThatThrownBy(() -> new AesGcmTextCipher(other).decrypt(stored, PLACE))
        .isInstanceOf(UnreadableTextException.class)
        .hasMessageContaining("TRELLIS_ENCRYPTION_KEY");
    assertThatThrownBy(() -> new AesGcmTextCipher(other).decrypt(V1_ANSWER, PLACE))
        .isInstanceOf(UnreadableTextException.class);
  }

  @Test
  void somethingThisCipherDidNotWriteIsUnreadableNotAnotherError() {
    String tooShort = "v2:" + Base64.getEncoder().encodeToString(new byte[20]);

    for (String stored : new String[] {"plain text", "v2:not base64!", tooShort, "v3:AAAA"}) {
      assertThatThrownBy(() -> cipher.decrypt(stored, PLACE))
          .as(stored)
          .isInstanceOf(UnreadableTextException.class)
          .message()
          .doesNotContain(stored);
    }
  }

  @Test
  void aKeyOfTheWrongSizeIsRefused() {
    assertThatThrownBy(() -> new AesGcmTextCipher(new byte[16])).hasMessageContaining("32 bytes");
  }
}
