package dev.trellis.core.interaction;

import static dev.trellis.core.interaction.InteractionTestData.ALICE;
import static dev.trellis.core.interaction.InteractionTestData.NOW;
import static dev.trellis.core.interaction.InteractionTestData.ORG;
import static dev.trellis.core.interaction.InteractionTestData.SKIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ButtonPressTest {

  private static final MessageRef SLACK_MESSAGE =
      new MessageRef(Platform.SLACK, "D024BE91L:1503435956.000247");

  @Test
  void shouldKeepTheActionValueAndMessage() {
    ButtonPress press = press(Platform.SLACK, "prompt-42", Optional.of(SLACK_MESSAGE));

    assertThat(press.action()).isEqualTo(SKIP);
    assertThat(press.value()).isEqualTo("prompt-42");
    assertThat(press.message()).contains(SLACK_MESSAGE);
    assertThat(press.orgId()).isEqualTo(ORG);
    assertThat(press.personId()).isEqualTo(ALICE);
    assertThat(press.receivedAt()).isEqualTo(NOW);
  }

  @Test
  void givenNoMessageAndNoTrigger_thenItCannotOpenAForm() {
    ButtonPress press = press(Platform.TEAMS, "", Optional.empty());

    assertThat(press.message()).isEmpty();
    assertThat(press.canOpenForm()).isFalse();
  }

  @Test
  void shouldRefuseAMessageOfAnotherPlatform() {
    assertThatThrownBy(() -> press(Platform.TEAMS, "v", Optional.of(SLACK_MESSAGE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEAMS")
        .hasMessageContaining("SLACK");
  }

  @Test
  void shouldRefuseNulls() {
    assertThatThrownBy(() -> press(Platform.SLACK, null, Optional.empty()))
        .hasMessageContaining("value");
    assertThatThrownBy(() -> press(Platform.SLACK, "v", null)).hasMessageContaining("message");
    assertThatThrownBy(
            () -> new ButtonPress(ORG, ALICE, Platform.SLACK, NOW, null, "v", Optional.empty(), ""))
        .hasMessageContaining("action");
    assertThatThrownBy(
            () ->
                new ButtonPress(ORG, ALICE, Platform.SLACK, NOW, SKIP, "v", Optional.empty(), null))
        .hasMessageContaining("trigger");
    assertThatThrownBy(
            () -> new ButtonPress(ORG, ALICE, null, NOW, SKIP, "v", Optional.empty(), ""))
        .hasMessageContaining("platform");
  }

  private static ButtonPress press(Platform platform, String value, Optional<MessageRef> message) {
    return new ButtonPress(ORG, ALICE, platform, NOW, SKIP, value, message, "");
  }
}
