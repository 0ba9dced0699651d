package dev.trellis.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.testkit.CardSchema;
import org.junit.jupiter.api.Test;

/** The validator really checks: hand-made cards, one valid and some broken. */
class AdaptiveCardSchemaTest {

  @Test
  void acceptsAValidCard() {
    assertThat(
            CardSchema.problems(
                "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":"
                    + "[{\"type\":\"TextBlock\",\"text\":\"hi\",\"wrap\":true}]}"))
        .isEmpty();
  }

  @Test
  void rejectsAnUnknownPropertyABadStyleAndAMissingText() {
    assertThat(CardSchema.problems("{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"colour\":1}"))
        .isNotEmpty();
    assertThat(
            CardSchema.problems(
                "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"actions\":"
                    + "[{\"type\":\"Action.Submit\",\"title\":\"x\",\"style\":\"green\"}]}"))
        .isNotEmpty();
    assertThat(
            CardSchema.problems(
                "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":"
                    + "[{\"type\":\"TextBlock\",\"wrap\":true}]}"))
        .isNotEmpty();
  }
}
