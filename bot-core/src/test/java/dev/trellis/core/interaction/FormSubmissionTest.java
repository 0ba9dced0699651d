package dev.trellis.core.interaction;

import static dev.trellis.core.interaction.InteractionTestData.ALICE;
import static dev.trellis.core.interaction.InteractionTestData.NOW;
import static dev.trellis.core.interaction.InteractionTestData.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Platform;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormSubmissionTest {

  private static final ActionId ANSWER = new ActionId("reflection.answer");

  @Test
  void shouldKeepAnImmutableCopyOfTheValues() {
    Map<String, String> entered = new HashMap<>(Map.of("answer", "More design work"));

    FormSubmission submission = submit(entered);
    entered.put("answer", "changed later");

    assertThat(submission.values()).containsExactly(Map.entry("answer", "More design work"));
    assertThatThrownBy(() -> submission.values().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void givenAnInputLeftBlankOrMissing_thenItsValueIsEmpty() {
    FormSubmission submission = submit(Map.of("answer", "Yes", "next_step", "  "));

    assertThat(submission.value("answer")).contains("Yes");
    assertThat(submission.value("next_step")).isEmpty();
    assertThat(submission.value("share")).isEmpty();
  }

  @Test
  void shouldRefuseANullValueNamingItsInput() {
    Map<String, String> entered = new HashMap<>();
    entered.put("answer", null);

    assertThatThrownBy(() -> submit(entered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answer");
  }

  @Test
  void shouldRefuseABlankOrNullInputId() {
    Map<String, String> entered = new HashMap<>();
    entered.put(null, "x");

    assertThatThrownBy(() -> submit(entered)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> submit(Map.of(" ", "x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseNulls() {
    assertThatThrownBy(() -> submit(null)).hasMessageContaining("values");
    assertThatThrownBy(
            () -> new FormSubmission(ORG, ALICE, Platform.TEAMS, NOW, ANSWER, null, Map.of()))
        .hasMessageContaining("reference");
    assertThatThrownBy(
            () -> new FormSubmission(ORG, ALICE, Platform.TEAMS, NOW, null, "p-1", Map.of()))
        .hasMessageContaining("submitAction");
  }

  private static FormSubmission submit(Map<String, String> values) {
    return new FormSubmission(ORG, ALICE, Platform.TEAMS, NOW, ANSWER, "prompt-42", values);
  }
}
