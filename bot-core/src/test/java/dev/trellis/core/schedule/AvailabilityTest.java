package dev.trellis.core.schedule;

import static dev.trellis.core.schedule.ScheduleTestData.BERLIN;
import static dev.trellis.core.schedule.ScheduleTestData.KOLKATA;
import static dev.trellis.core.schedule.ScheduleTestData.LORD_HOWE;
import static dev.trellis.core.schedule.ScheduleTestData.anAvailability;
import static dev.trellis.core.schedule.ScheduleTestData.at;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  private final Availability berliner = anAvailability().build();

  @Nested
  class Sendable {

    @Test
    void shouldBeSendableOnAWorkingDayOutsideQuietHours() {
      assertThat(berliner.isSendable(at("2026-03-05T10:00", BERLIN))).isTrue();
    }

    @Test
    void shouldHonourQuietHoursThatWrapMidnightOnBothSides() {
      assertThat(berliner.isSendable(at("2026-03-05T18:59", BERLIN))).isTrue();
      assertThat(berliner.isSendable(at("2026-03-05T19:00", BERLIN))).isFalse();
      assertThat(berliner.isSendable(at("2026-03-05T23:30", BERLIN))).isFalse();
      assertThat(berliner.isSendable(at("2026-03-06T07:59", BERLIN))).isFalse();
      assertThat(berliner.isSendable(at("2026-03-06T08:00", BERLIN))).isTrue();
    }

    @Test
    void shouldNotBeSendableOnADayOffOrAnOrgHoliday() {
      Availability withHoliday = anAvailability().holiday("2026-03-05").build();

      assertThat(berliner.isSendable(at("2026-03-07T10:00", BERLIN))).as("Saturday").isFalse();
      assertThat(withHoliday.isSendable(at("2026-03-05T10:00", BERLIN))).isFalse();
    }

    @Test
    void shouldBePausedUpToButNotIncludingThePauseEndDate() {
      Availability paused = anAvailability().pausedUntil("2026-03-11").build();

      assertThat(paused.isSendable(at("2026-03-10T10:00", BERLIN))).isFalse();
      assertThat(paused.isSendable(at("2026-03-11T10:00", BERLIN))).isTrue();
    }

    @Test
    void shouldReadTheDateAndTimeInThePersonsOwnZone() {
      Availability inKolkata = anAvailability().in(KOLKATA).build();

      assertThat(inKolkata.isSendable(Instant.parse("2026-03-05T02:29:00Z")))
          .as("07:59 in Kolkata")
          .isFalse();
      assertThat(inKolkata.isSendable(Instant.parse("2026-03-05T02:30:00Z")))
          .as("08:00 in Kolkata")
          .isTrue();
    }

    @Test
    void shouldBuildFromAPersonsZoneWorkingDaysAndQuietHours() {
      Person person =
          new Person(
              new PersonId("p-1"),
              ScheduleTestData.ORG,
              new Email("ada@example.com"),
              "Ada",
              Optional.empty(),
              Optional.empty(),
              KOLKATA,
              WorkingDays.of(Set.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)),
              QuietHours.DEFAULT,
              Optional.empty(),
              Optional.empty());

      Availability availability =
          Availability.of(person, Set.of(LocalDate.of(2026, 3, 5)), Optional.empty());

      assertThat(availability.zone()).isEqualTo(KOLKATA);
      assertThat(availability.isWorkingDay(LocalDate.of(2026, 3, 8))).as("Sunday").isTrue();
      assertThat(availability.isWorkingDay(LocalDate.of(2026, 3, 5))).as("holiday").isFalse();
    }
  }

  @Nested
  class NextSendable {

    @Test
    void shouldReturnTheInstantItselfWhenItIsSendable() {
      Instant sendable = Instant.parse("2026-03-05T09:12:34.5Z");

      assertThat(berliner.nextSendableAtOrAfter(sendable)).contains(sendable);
    }

    @Test
    void shouldMoveToTheEndOfQuietHours() {
      assertThat(berliner.nextSendableAtOrAfter(at("2026-03-05T23:30", BERLIN)))
          .contains(at("2026-03-06T08:00", BERLIN));
    }

    @Test
    void shouldSkipTheWeekendToMondayMorning() {
      assertThat(berliner.nextSendableAtOrAfter(at("2026-03-06T19:30", BERLIN)))
          .contains(at("2026-03-09T08:00", BERLIN));
    }

    @Test
    void shouldSkipAnOrgHoliday() {
      Availability goodFriday = anAvailability().holiday("2026-04-03").build();

      assertThat(goodFriday.nextSendableAtOrAfter(at("2026-04-02T20:00", BERLIN)))
          .contains(at("2026-04-06T08:00", BERLIN));
    }

    @Test
    void shouldWaitUntilThePauseEnds() {
      Availability paused = anAvailability().pausedUntil("2026-03-11").build();

      assertThat(paused.nextSendableAtOrAfter(at("2026-03-05T10:00", BERLIN)))
          .contains(at("2026-03-11T08:00", BERLIN));
    }

    @Test
    void shouldGiveUpWhenNothingIsSendableWithinTheSearchLimit() {
      Availability pausedForYears = anAvailability().pausedUntil("2028-01-01").build();

      assertThat(pausedForYears.nextSendableAtOrAfter(at("2026-03-05T10:00", BERLIN))).isEmpty();
    }

    @Test
    void shouldStopAtTheGivenLimit() {
      assertThat(
              berliner.nextSendable(at("2026-03-06T19:30", BERLIN), at("2026-03-09T07:59", BERLIN)))
          .isEmpty();
    }

    @Test
    void shouldOpenAtMidnightWhenQuietHoursDoNotCoverIt() {
      Availability lunchQuiet = anAvailability().quiet("12:00-13:00").build();

      assertThat(lunchQuiet.nextSendableAtOrAfter(at("2026-03-05T12:30", BERLIN)))
          .contains(at("2026-03-05T13:00", BERLIN));
      assertThat(lunchQuiet.nextSendableAtOrAfter(at("2026-03-07T10:00", BERLIN)))
          .contains(at("2026-03-09T00:00", BERLIN));
    }

    @Test
    void shouldFindTheEndOfQuietHoursInKolkataToTheMinute() {
      Availability inKolkata = anAvailability().in(KOLKATA).build();

      assertThat(inKolkata.nextSendableAtOrAfter(at("2026-03-05T07:00", KOLKATA)))
          .contains(Instant.parse("2026-03-05T02:30:00Z"));
    }

    @Test
    void shouldOpenWhenTheClockJumpsPastAQuietEndThatDoesNotExist() {
      Availability nightOwl =
          anAvailability()
              .working(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)
              .quiet("19:00-02:30")
              .build();

      assertThat(nightOwl.nextSendableAtOrAfter(Instant.parse("2026-03-29T00:00:00Z")))
          .as("02:00 CET jumps to 03:00 CEST; 02:30 never happens")
          .contains(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void shouldOpenAtTheStartOfLordHowesHalfHourJump() {
      Availability lordHowe =
          anAvailability()
              .in(LORD_HOWE)
              .working(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)
              .quiet("19:00-02:15")
              .build();

      assertThat(lordHowe.nextSendableAtOrAfter(at("2026-10-04T01:00", LORD_HOWE)))
          .as("02:00 (+10:30) jumps to 02:30 (+11:00), which is already outside quiet hours")
          .contains(Instant.parse("2026-10-03T15:30:00Z"));
    }

    @Test
    void shouldFindTheSecondEndOfQuietHoursInAnOverlap() {
      Availability nightOwl =
          anAvailability()
              .working(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)
              .quiet("19:00-02:30")
              .build();
      Instant fallBack = Instant.parse("2026-10-25T01:00:00Z");

      assertThat(nightOwl.isSendable(fallBack)).as("03:00 CEST becomes 02:00 CET").isFalse();
      assertThat(nightOwl.nextSendableAtOrAfter(fallBack))
          .as("02:30 CET")
          .contains(Instant.parse("2026-10-25T01:30:00Z"));
    }
  }

  @Nested
  class LatestSendable {

    @Test
    void shouldReturnTheInstantItselfWhenItIsSendable() {
      Instant sendable = at("2026-03-05T12:00", BERLIN);

      assertThat(berliner.latestSendable(sendable, sendable.minusSeconds(3600))).contains(sendable);
    }

    @Test
    void shouldGoBackToTheLastMinuteBeforeQuietHours() {
      assertThat(
              berliner.latestSendable(
                  at("2026-03-05T06:00", BERLIN), at("2026-03-04T06:00", BERLIN)))
          .contains(at("2026-03-04T18:59", BERLIN));
    }

    @Test
    void shouldGoBackOverTheWeekendToFridayEvening() {
      assertThat(
              berliner.latestSendable(
                  at("2026-03-09T06:00", BERLIN), at("2026-03-05T00:00", BERLIN)))
          .contains(at("2026-03-06T18:59", BERLIN));
    }

    @Test
    void shouldFindNothingBeforeTheLowerBound() {
      assertThat(
              berliner.latestSendable(
                  at("2026-03-09T06:00", BERLIN), at("2026-03-08T06:00", BERLIN)))
          .isEmpty();
    }

    @Test
    void shouldCloseAtTheEndOfTheDayWhenQuietHoursDoNotCoverMidnight() {
      Availability noQuiet = anAvailability().quiet("00:00-00:00").build();

      assertThat(
              noQuiet.latestSendable(
                  at("2026-03-07T10:00", BERLIN), at("2026-03-06T00:00", BERLIN)))
          .contains(at("2026-03-06T23:59", BERLIN));
    }
  }
}
