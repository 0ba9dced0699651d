package dev.trellis.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StepKindTest {

  @Test
  void aNameIsOneKindWhereverItIsMadeOrReadBack() {
    StepKind planned = StepKind.of("LAST_15_MINUTES");

    assertThat(StepKind.of("LAST_15_MINUTES")).isSameAs(planned).isEqualTo(planned);
    assertThat(planned.name()).isEqualTo("LAST_15_MINUTES");
    assertThat(planned).hasToString("LAST_15_MINUTES");
    assertThat(StepKind.of("AGENDA_NUDGE")).isNotEqualTo(planned);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "agenda_nudge", "15_MINUTES", "AGENDA NUDGE", "AGENDA-NUDGE"})
  void aNameThatCannotBeStoredAsAKindIsRefused(String name) {
    assertThatThrownBy(() -> StepKind.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a step kind");
  }
}
