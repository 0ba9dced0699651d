package dev.trellis.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.message.OutboundMessage;
import org.junit.jupiter.api.Test;

class CommandWordsTest {

  @Test
  void slashCommandsAreShownAsTheyAreTypedOnTeams() {
    assertThat(CommandWords.asTyped("Type /buddy done, or /trellis pause 2w. /feedback ask"))
        .isEqualTo("Type buddy done, or trellis pause 2w. feedback ask");
  }

  @Test
  void pathsAndLinksKeepTheirSlashes() {
    assertThat(CommandWords.asTyped("see https://example.com/buddy and a/buddy or /buddyx"))
        .isEqualTo("see https://example.com/buddy and a/buddy or /buddyx");
  }

  @Test
  void everyTextOfACardIsRewrittenButNotTheButtons() {
    OutboundMessage message =
        OutboundMessage.builder("Propose with /buddy propose fri 10:30.")
            .header("/buddy help")
            .field("Next", "/buddy status")
            .context("Or /buddy skip.")
            .button(dev.trellis.core.message.Button.of("buddy.accept", "Accept", "v"))
            .build();

    String card = AdaptiveCards.message(message).json().toString();

    assertThat(card)
        .contains("Propose with buddy propose fri 10:30.", "buddy status", "Or buddy skip.")
        .doesNotContain("/buddy");
  }
}
