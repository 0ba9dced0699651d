package dev.trellis.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuietHoursTest {

  @Test
  void shouldWrapMidnightWhenTheWindowEndsBeforeItStarts() {
    QuietHours night = new QuietHours(LocalTime.of(19, 0), LocalTime.of(8, 0));

    assertThat(night.contains(LocalTime.of(19, 0))).isTrue();
    assertThat(night.contains(LocalTime.of(23, 59))).isTrue();
    assertThat(night.contains(LocalTime.MIDNIGHT)).isTrue();
    assertThat(night.contains(LocalTime.of(7, 59))).isTrue();
    assertThat(night.contains(LocalTime.of(8, 0))).isFalse();
    assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
    assertThat(night.contains(LocalTime.of(18, 59))).isFalse();
  }

  @Test
  void shouldIncludeTheStartAndExcludeTheEndOfADaytimeWindow() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

    assertThat(lunch.contains(LocalTime.of(11, 59))).isFalse();
    assertThat(lunch.contains(LocalTime.of(12, 0))).isTrue();
    assertThat(lunch.contains(LocalTime.of(12, 59))).isTrue();
    assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
  }

  @Test
  void shouldMeanNoQuietHoursWhenStartEqualsEnd() {
    QuietHours none = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0));

    assertThat(none.contains(LocalTime.of(9, 0))).isFalse();
    assertThat(none.contains(LocalTime.of(3, 0))).isFalse();
    assertThat(none.contains(LocalTime.of(21, 0))).isFalse();
  }

  @Test
  void shouldParseAWindowWithOrWithoutSpacesAndSingleDigitHours() {
    assertThat(QuietHours.parse("19:00-08:00")).contains(QuietHours.DEFAULT);
    assertThat(QuietHours.parse(" 7:30 - 9:15 "))
        .contains(new QuietHours(LocalTime.of(7, 30), LocalTime.of(9, 15)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "19:00",
        "19-08",
        "25:00-08:00",
        "19:00-08:60",
        "19:00-08:00-09:00",
        "7pm-8am"
      })
  void shouldNotParseAMalformedWindow(String text) {
    assertThat(QuietHours.parse(text)).isEmpty();
  }

  @Test
  void shouldPrintTheWayItParses() {
    assertThat(QuietHours.parse(QuietHours.DEFAULT.toString())).contains(QuietHours.DEFAULT);
  }
}
