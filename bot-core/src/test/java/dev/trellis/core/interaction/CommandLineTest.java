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

class CommandLineTest {

  @Test
  void shouldKeepTheRootWordTextAndTrigger() {
    CommandLine line = slack("trellis", "pause 2w", "13345224609.738474920.8088930838d88f008e0");

    assertThat(line.command()).isEqualTo("trellis");
    assertThat(line.text()).isEqualTo("pause 2w");
    assertThat(line.trigger()).isEqualTo("13345224609.738474920.8088930838d88f008e0");
    assertThat(line.canOpenForm()).isTrue();
  }

  @Test
  void shouldNormaliseASlashAndUpperCaseInTheRootWord() {
    assertThat(slack(" /Trellis ", "", "").command()).isEqualTo("trellis");
  }

  @Test
  void givenWordsTypedToTheBot_thenTheRootMayBeEmpty() {
    CommandLine line = new CommandLine(ORG, ALICE, Platform.TEAMS, NOW, "", "help", "");

    assertThat(line.command()).isEmpty();
    assertThat(line.canOpenForm()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "trellis pause", "9lives", "<@U123>", "tréllis"})
  void shouldRefuseARootThatIsNotOneWord(String command) {
    assertThatThrownBy(() -> slack(command, "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(command);
  }

  @Test
  void shouldRefuseNulls() {
    assertThatThrownBy(() -> new CommandLine(null, ALICE, Platform.SLACK, NOW, "trellis", "", ""))
        .hasMessageContaining("orgId");
    assertThatThrownBy(() -> new CommandLine(ORG, null, Platform.SLACK, NOW, "trellis", "", ""))
        .hasMessageContaining("personId");
    assertThatThrownBy(() -> new CommandLine(ORG, ALICE, null, NOW, "trellis", "", ""))
        .hasMessageContaining("platform");
    assertThatThrownBy(() -> new CommandLine(ORG, ALICE, Platform.SLACK, null, "trellis", "", ""))
        .hasMessageContaining("receivedAt");
    assertThatThrownBy(() -> slack(null, "", "")).hasMessageContaining("command");
    assertThatThrownBy(() -> slack("trellis", null, "")).hasMessageContaining("text");
    assertThatThrownBy(() -> slack("trellis", "", null)).hasMessageContaining("trigger");
  }

  private static CommandLine slack(String command, String text, String trigger) {
    return new CommandLine(ORG, ALICE, Platform.SLACK, NOW, command, text, trigger);
  }
}
