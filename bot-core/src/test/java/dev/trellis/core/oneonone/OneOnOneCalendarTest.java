package dev.trellis.core.oneonone;

import static dev.trellis.core.schedule.ScheduleTestData.BERLIN;
import static dev.trellis.core.schedule.ScheduleTestData.KOLKATA;
import static dev.trellis.core.schedule.ScheduleTestData.LORD_HOWE;
import static dev.trellis.core.schedule.ScheduleTestData.NEW_YORK;
import static dev.trellis.core.schedule.ScheduleTestData.aOneOnOne;
import static dev.trellis.core.schedule.ScheduleTestData.at;
import static dev.trellis.core.schedule.ScheduleTestData.window;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.schedule.PlanningWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneOnOneCalendarTest {

  @Test
  void shouldRepeatAWeeklyOneOnOneEverySevenDaysAtItsLocalTime() {
    OneOnOne weekly = aOneOnOne().from("2026-01-08").at("14:00").build();

    List<Occurrence> occurrences =
        occurrencesOf(weekly, window("2026-01-01T00:00", "2026-01-31T00:00", BERLIN));

    assertThat(dates(occurrences))
        .containsExactly("2026-01-08", "2026-01-15", "2026-01-22", "2026-01-29");
    assertThat(occurrences.get(0).start()).isEqualTo(at("2026-01-08T14:00", BERLIN));
    assertThat(occurrences.get(0).end()).isEqualTo(at("2026-01-08T14:30", BERLIN));
  }

  @Test
  void shouldNeverPlaceAnOccurrenceBeforeTheFirstDate() {
    OneOnOne weekly = aOneOnOne().from("2026-03-05").build();

    List<Occurrence> occurrences =
        occurrencesOf(weekly, window("2026-01-01T00:00", "2026-03-13T00:00", BERLIN));

    assertThat(dates(occurrences)).containsExactly("2026-03-05", "2026-03-12");
  }

  @Test
  void shouldListOnlyOccurrencesThatStartInsideTheHalfOpenWindow() {
    OneOnOne weekly = aOneOnOne().from("2026-01-08").at("14:00").build();

    List<Occurrence> occurrences =
        occurrencesOf(weekly, window("2026-01-15T14:00", "2026-01-22T14:00", BERLIN));

    assertThat(dates(occurrences)).containsExactly("2026-01-15");
  }

  @Test
  void shouldKeepTheBerlinLocalTimeInTheWeekOfTheEuropeanSpringChange() {
    OneOnOne weekly = aOneOnOne().from("2026-01-08").at("14:00").build();

    List<Occurrence> occurrences =
        occurrencesOf(weekly, window("2026-03-23T00:00", "2026-04-06T00:00", BERLIN));

    assertThat(dates(occurrences)).containsExactly("2026-03-26", "2026-04-02");
    assertThat(localStarts(occurrences, BERLIN)).containsOnly(LocalTime.of(14, 0));
    assertThat(occurrences.get(0).start()).isEqualTo(Instant.parse("2026-03-26T13:00:00Z"));
    assertThat(occurrences.get(1).start()).isEqualTo(Instant.parse("2026-04-02T12:00:00Z"));
  }

  @Test
  void shouldKeepTheBerlinLocalTimeInTheWeekOfTheEuropeanAutumnChange() {
    OneOnOne weekly = aOneOnOne().from("2026-01-08").at("14:00").build();

    List<Occurrence> occurrences =
        occurrencesOf(weekly, window("2026-10-19T00:00", "2026-11-02T00:00", BERLIN));

    assertThat(dates(occurrences)).containsExactly("2026-10-22", "2026-10-29");
    assertThat(occurrences.get(0).start()).isEqualTo(Instant.parse("2026-10-22T12:00:00Z"));
    assertThat(occurrences.get(1).start()).isEqualTo(Instant.parse("2026-10-29T13:00:00Z"));
  }

  @Test
  void shouldKeepTheLocalTimeOfAOneOnOneHeldOnTheDayOfTheChange() {
    OneOnOne sundays = aOneOnOne().from("2026-03-22").at("14:00").build();

    List<Occurrence> occurrences =
        occurrencesOf(sundays, window("2026-03-22T00:00", "2026-04-06T00:00", BERLIN));

    assertThat(dates(occurrences)).containsExactly("2026-03-22", "2026-03-29", "2026-04-05");
    assertThat(localStarts(occurrences, BERLIN)).containsOnly(LocalTime.of(14, 0));
  }

  @Test
  void shouldMoveAStartInsideTheSpringGapForwardByTheGap() {
    OneOnOne earlySundays = aOneOnOne().from("2026-03-22").at("02:30").build();

    List<Occurrence> occurrences =
        occurrencesOf(earlySundays, window("2026-03-28T00:00", "2026-03-30T00:00", BERLIN));

    assertThat(occurrences).hasSize(1);
    assertThat(occurrences.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 29));
    assertThat(occurrences.get(0).start()).isEqualTo(at("2026-03-29T03:30", BERLIN));
    assertThat(occurrences.get(0).end()).isEqualTo(at("2026-03-29T04:00", BERLIN));
  }

  @Test
  void shouldTakeTheEarlierOffsetForAStartInsideTheAutumnOverlap() {
    OneOnOne earlySundays = aOneOnOne().from("2026-10-18").at("02:30").build();

    List<Occurrence> occurrences =
        occurrencesOf(earlySundays, window("2026-10-24T00:00", "2026-10-26T00:00", BERLIN));

    assertThat(occurrences).hasSize(1);
    assertThat(occurrences.get(0).start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(occurrences.get(0).end())
        .as("30 minutes of elapsed time, even across the fall-back")
        .isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
  }

  @Test
  void shouldMoveAStartInsideLordHowesHalfHourGapByHalfAnHour() {
    OneOnOne lordHowe = aOneOnOne().in(LORD_HOWE).from("2026-09-27").at("02:15").build();

    List<Occurrence> occurrences =
        occurrencesOf(lordHowe, window("2026-09-27T00:00", "2026-10-12T00:00", LORD_HOWE));

    assertThat(dates(occurrences)).containsExactly("2026-09-27", "2026-10-04", "2026-10-11");
    assertThat(occurrences.get(0).start()).isEqualTo(Instant.parse("2026-09-26T15:45:00Z"));
    assertThat(occurrences.get(1).start())
        .as("02:15 does not exist on 4 October; 02:45 (+11:00) does")
        .isEqualTo(Instant.parse("2026-10-03T15:45:00Z"));
    assertThat(occurrences.get(2).start()).isEqualTo(Instant.parse("2026-10-10T15:15:00Z"));
  }

  @Test
  void shouldResolveTheHalfHourOffsetOfKolkataToTheMinute() {
    OneOnOne kolkata = aOneOnOne().in(KOLKATA).from("2026-01-08").at("10:00").build();

    List<Occurrence> occurrences =
        occurrencesOf(kolkata, window("2026-01-08T00:00", "2026-01-09T00:00", KOLKATA));

    assertThat(occurrences)
        .singleElement()
        .extracting(Occurrence::start)
        .isEqualTo(Instant.parse("2026-01-08T04:30:00Z"));
  }

  @Test
  void shouldKeepBiweeklyParityFromTheFirstDateWhateverTheWindowStart() {
    OneOnOne biweekly = aOneOnOne().cadence(Cadence.BIWEEKLY).from("2026-01-08").build();

    List<Occurrence> fromJanuary =
        occurrencesOf(biweekly, window("2026-01-01T00:00", "2026-03-01T00:00", BERLIN));
    List<Occurrence> fromAnOffWeek =
        occurrencesOf(biweekly, window("2026-01-13T00:00", "2026-03-01T00:00", BERLIN));

    assertThat(dates(fromJanuary))
        .containsExactly("2026-01-08", "2026-01-22", "2026-02-05", "2026-02-19");
    assertThat(dates(fromAnOffWeek)).containsExactly("2026-01-22", "2026-02-05", "2026-02-19");
  }

  @Test
  void shouldPlaceAMonthlyOneOnOneOnTheFirstWeekdayOfEachMonth() {
    OneOnOne firstWednesday = aOneOnOne().cadence(Cadence.MONTHLY).from("2026-01-07").build();

    assertThat(dates(occurrencesOf(firstWednesday, firstHalfOf2026())))
        .containsExactly(
            "2026-01-07", "2026-02-04", "2026-03-04", "2026-04-01", "2026-05-06", "2026-06-03");
  }

  @Test
  void shouldPlaceAMonthlyOneOnOneOnTheThirdWeekdayOfEachMonth() {
    OneOnOne thirdTuesday = aOneOnOne().cadence(Cadence.MONTHLY).from("2026-01-20").build();

    assertThat(dates(occurrencesOf(thirdTuesday, firstHalfOf2026())))
        .containsExactly(
            "2026-01-20", "2026-02-17", "2026-03-17", "2026-04-21", "2026-05-19", "2026-06-16");
  }

  @Test
  void shouldTreatAFirstDateInTheFifthWeekAsTheLastWeekdayOfEachMonth() {
    OneOnOne fifthThursday = aOneOnOne().cadence(Cadence.MONTHLY).from("2026-01-29").build();

    assertThat(dates(occurrencesOf(fifthThursday, firstHalfOf2026())))
        .as("April and July 2026 have five Thursdays, the others four")
        .containsExactly(
            "2026-01-29", "2026-02-26", "2026-03-26", "2026-04-30", "2026-05-28", "2026-06-25");
  }

  @Test
  void shouldKeepTheFourthWeekdayInAMonthThatHasFive() {
    OneOnOne fourthThursday = aOneOnOne().cadence(Cadence.MONTHLY).from("2026-01-22").build();

    assertThat(dates(occurrencesOf(fourthThursday, firstHalfOf2026())))
        .containsExactly(
            "2026-01-22", "2026-02-26", "2026-03-26", "2026-04-23", "2026-05-28", "2026-06-25");
  }

  @Test
  void shouldMeasureTheEndAsElapsedTimeFromTheStart() {
    OneOnOne long1on1 =
        aOneOnOne()
            .in(NEW_YORK)
            .from("2026-01-08")
            .at("09:00")
            .lasting(Duration.ofMinutes(45))
            .build();

    Occurrence occurrence =
        occurrencesOf(long1on1, window("2026-01-08T00:00", "2026-01-09T00:00", NEW_YORK)).get(0);

    assertThat(Duration.between(occurrence.start(), occurrence.end())).hasMinutes(45);
  }

  private static PlanningWindow firstHalfOf2026() {
    return window("2026-01-01T00:00", "2026-07-01T00:00", BERLIN);
  }

  private static List<Occurrence> occurrencesOf(OneOnOne oneOnOne, PlanningWindow window) {
    return new OneOnOneCalendar(oneOnOne).occurrencesIn(window);
  }

  private static List<String> dates(List<Occurrence> occurrences) {
    return occurrences.stream().map(o -> o.date().toString()).toList();
  }

  private static List<LocalTime> localStarts(List<Occurrence> occurrences, ZoneId zone) {
    return occurrences.stream().map(o -> o.start().atZone(zone).toLocalTime()).toList();
  }
}
