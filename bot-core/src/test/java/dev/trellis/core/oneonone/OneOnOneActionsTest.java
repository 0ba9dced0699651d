package dev.trellis.core.oneonone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.message.ActionId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneOnOneActionsTest {

  @Test
  void aButtonValueNamesTheOccurrenceAndReadsBack() {
    OneOnOneId id = new OneOnOneId("team/a:b");
    LocalDate date = LocalDate.of(2026, 11, 19);

    String value = OneOnOneActions.value(id, date);

    assertThat(value).isEqualTo("team/a:b/2026-11-19");
    assertThat(OneOnOneActions.parse(value)).hasValue(new OneOnOneActions.OccurrenceRef(id, date));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "2026-11-19", "/2026-11-19", "abc/", "abc/2026-13-01", " /2026-11-19"})
  void aValueThatNamesNoOccurrenceIsRefused(String value) {
    assertThat(OneOnOneActions.parse(value)).isEmpty();
  }

  @Test
  void aTooLongValueIsRefused() {
    assertThat(OneOnOneActions.parse("x".repeat(200) + "/2026-11-19")).isEmpty();
  }

  @Test
  void everyOutcomeHasItsOwnOneOnOneAction() {
    for (Outcome outcome : Outcome.values()) {
      assertThat(OneOnOneActions.isOneOnOneAction(outcome.action())).isTrue();
      assertThat(Outcome.ofAction(outcome.action())).hasValue(outcome);
    }
    assertThat(OneOnOneActions.isOneOnOneAction(new ActionId("reflection.skip"))).isFalse();
    assertThat(Outcome.ofAction(new ActionId("oneonone.maybe"))).isEmpty();
  }
}
