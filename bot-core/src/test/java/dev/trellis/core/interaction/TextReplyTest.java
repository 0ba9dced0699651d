package dev.trellis.core.interaction;

import static dev.trellis.core.interaction.InteractionTestData.ALICE;
import static dev.trellis.core.interaction.InteractionTestData.NOW;
import static dev.trellis.core.interaction.InteractionTestData.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.message.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextReplyTest {

  @Test
  void shouldKeepTheTextAsTyped() {
    Interaction reply = new TextReply(ORG, ALICE, Platform.TEAMS, NOW, "  I'd like to mentor  ");

    assertThat(reply).isInstanceOf(TextReply.class);
    assertThat(((TextReply) reply).text()).isEqualTo("  I'd like to mentor  ");
    assertThat(reply.platform()).isEqualTo(Platform.TEAMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t"})
  void shouldRefuseAReplyWithoutText(String text) {
    assertThatThrownBy(() -> new TextReply(ORG, ALICE, Platform.SLACK, NOW, text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseNulls() {
    assertThatThrownBy(() -> new TextReply(ORG, ALICE, Platform.SLACK, NOW, null))
        .hasMessageContaining("text");
    assertThatThrownBy(() -> new TextReply(ORG, ALICE, Platform.SLACK, null, "hi"))
        .hasMessageContaining("receivedAt");
  }
}
