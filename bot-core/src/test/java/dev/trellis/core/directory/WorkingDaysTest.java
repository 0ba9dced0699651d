package dev.trellis.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  @ParameterizedTest
  @CsvSource({
    "Mon, MONDAY",
    "MON, MONDAY",
    "monday, MONDAY",
    "Thurs, THURSDAY",
    "thu, THURSDAY",
    "' Sat ', SATURDAY",
    "Sunday, SUNDAY"
  })
  void shouldParseEnglishDayNamesAndTheirAbbreviations(String text, DayOfWeek day) {
    assertThat(WorkingDays.parseDay(text)).contains(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Funday", "M", "Mo", "", "Mondays", "Montag", "1"})
  void shouldRejectWhatIsNotAWeekday(String text) {
    assertThat(WorkingDays.parseDay(text)).isEmpty();
  }

  @Test
  void shouldNameTheDaysInWeekOrder() {
    WorkingDays days =
        WorkingDays.of(List.of(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY, DayOfWeek.MONDAY));

    assertThat(days.shortNames()).containsExactly("Mon", "Thu", "Sun");
    assertThat(days.includes(DayOfWeek.THURSDAY)).isTrue();
    assertThat(days.includes(DayOfWeek.FRIDAY)).isFalse();
  }

  @Test
  void shouldNeedAtLeastOneDay() {
    assertThatThrownBy(() -> new WorkingDays(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("At least one working day");
  }

  @Test
  void shouldBeEqualWhateverTheOrderTheDaysCameIn() {
    assertThat(WorkingDays.of(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)))
        .isEqualTo(new WorkingDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
  }
}
