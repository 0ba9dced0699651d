package dev.trellis.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdaptiveCardTextTest {

  @Test
  void cutKeepsShortTextAndCutsLongAtAWord() {
    assertThat(CardText.cut("short", 10)).isEqualTo("short");
    assertThat(CardText.cut("one two three four five six", 16))
        .isEqualTo("one two three" + CardText.ELLIPSIS);
    assertThat(CardText.cut("abcdefghijklmnopqrstuvwxyz", 10))
        .isEqualTo("abcdefghi" + CardText.ELLIPSIS);
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String cut = CardText.cut("🌱🌱🌱🌱🌱", 4);
    assertThat(cut).isEqualTo("🌱" + CardText.ELLIPSIS);
  }

  @Test
  void plainTextStaysAsItIs() {
    assertThat(CardText.literal("Your 1:1 with Sam (Thursday) is at 14:00, see snake_case."))
        .isEqualTo("Your 1:1 with Sam (Thursday) is at 14:00, see snake_case.");
  }
}
