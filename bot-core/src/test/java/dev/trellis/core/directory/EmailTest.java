package dev.trellis.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void shouldKeepTheAddressInLowerCase() {
    Email email = new Email("Ada.Lovelace@Example.COM");

    assertThat(email.value()).isEqualTo("ada.lovelace@example.com");
    assertThat(email).isEqualTo(new Email("ada.lovelace@example.com"));
  }

  @Test
  void shouldTrimWhenParsingUserInput() {
    assertThat(Email.parse("  Ada+career@Example.co.uk \t"))
        .contains(new Email("ada+career@example.co.uk"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ada",
        "ada@",
        "@example.com",
        "ada@example",
        "ada@example.c",
        "ada@@example.com",
        "ada lovelace@example.com",
        "ada@exa_mple.com",
        "\"ada\"@example.com",
        "ada@example..com"
      })
  void shouldRejectWhatIsNotAnEmailAddress(String garbage) {
    assertThat(Email.parse(garbage)).isEmpty();
    assertThatThrownBy(() -> new Email(garbage))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not an email address");
  }

  @Test
  void shouldRejectNull() {
    assertThat(Email.parse(null)).isEmpty();
    assertThatThrownBy(() -> new Email(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectAnAddressLongerThan254Characters() {
    String domain = "@example.com";
    String longest = "a".repeat(254 - domain.length()) + domain;

    assertThat(Email.parse(longest)).isPresent();
    assertThat(Email.parse("a" + longest)).isEmpty();
  }
}
