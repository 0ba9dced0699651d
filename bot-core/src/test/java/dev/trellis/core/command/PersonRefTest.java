package dev.trellis.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.Email;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonRefTest {

  @Test
  void shouldReadASlackMentionAsSlackSendsIt() {
    assertThat(PersonRef.parse("<@U012AB3CD>"))
        .contains(new PersonRef.SlackMention("U012AB3CD", Optional.empty()));
    assertThat(PersonRef.parse("<@U012AB3CD|alice>"))
        .contains(new PersonRef.SlackMention("U012AB3CD", Optional.of("alice")));
    assertThat(PersonRef.parse("<@W012AB3CD|>"))
        .contains(new PersonRef.SlackMention("W012AB3CD", Optional.empty()));
  }

  @Test
  void shouldReadAnEmailPlainAsSlackLinksItOrAfterAnAtSign() {
    PersonRef bob = new PersonRef.EmailAddress(new Email("bob@example.com"));

    assertThat(PersonRef.parse("Bob@Example.com")).contains(bob);
    assertThat(PersonRef.parse("<mailto:bob@example.com|bob@example.com>")).contains(bob);
    assertThat(PersonRef.parse("@bob@example.com")).contains(bob);
  }

  @Test
  void shouldReadAHandleKeepingItsCase() {
    assertThat(PersonRef.parse("@Alice.Smith")).contains(new PersonRef.Handle("Alice.Smith"));
    assertThat(PersonRef.parse("@jörg_m")).contains(new PersonRef.Handle("jörg_m"));
  }

  @Test
  void shouldShowEachReferenceAsTyped() {
    assertThat(PersonRef.parse("<@U012AB3CD|alice>").map(PersonRef::raw))
        .contains("<@U012AB3CD|alice>");
    assertThat(PersonRef.parse("@alice").map(PersonRef::raw)).contains("@alice");
    assertThat(PersonRef.parse("ALICE@example.com").map(PersonRef::raw))
        .contains("alice@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "alice",
        "@",
        "@@",
        "<@u012>",
        "<@U012AB3CD",
        "<#C012AB3CD|general>",
        "<!channel>",
        "@al ice",
        "mailto:bob",
        "<mailto:not-an-email>",
        "@-dash"
      })
  void shouldRefuseWhatIsNoPerson(String word) {
    assertThat(PersonRef.parse(word)).isEmpty();
  }

  @Test
  void shouldRefuseNullAndVeryLongWords() {
    assertThat(PersonRef.parse(null)).isEmpty();
    assertThat(PersonRef.parse("@" + "a".repeat(100_000))).isEmpty();
  }

  @Test
  void shouldValidateReferencesMadeDirectly() {
    assertThatThrownBy(() -> new PersonRef.SlackMention("alice", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alice");
    assertThatThrownBy(() -> new PersonRef.SlackMention("U012AB3CD", Optional.of("a b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PersonRef.SlackMention("U012AB3CD", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PersonRef.Handle("@alice"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PersonRef.EmailAddress(null))
        .isInstanceOf(NullPointerException.class);
  }
}
