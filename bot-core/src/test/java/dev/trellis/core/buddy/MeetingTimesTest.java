package dev.trellis.core.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.buddy.MeetingTimes.At;
import dev.trellis.core.buddy.MeetingTimes.NotUnderstood;
import dev.trellis.core.buddy.MeetingTimes.Reading;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingTimesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  /** A Wednesday morning in Paris. */
  private static final Instant WED_10_JUN_PARIS = instant("2026-06-10T09:00", PARIS);

  /** A Friday morning in Paris. */
  private static final Instant FRI_12_JUN_PARIS = instant("2026-06-12T10:00", PARIS);

  /** A Friday in London, two weeks before Thursday 3 December. */
  private static final Instant FRI_20_NOV_LONDON = instant("2026-11-20T09:00", LONDON);

  @Test
  void shouldShowTomorrowInParisToBuddiesInNewYorkAndKolkata() {
    ZonedDateTime when = understood("tomorrow 15:00", PARIS, WED_10_JUN_PARIS);

    assertThat(when).isEqualTo(ZonedDateTime.of(LocalDateTime.parse("2026-06-11T15:00"), PARIS));
    assertThat(MeetingTimes.describe(when.toInstant(), PARIS, WED_10_JUN_PARIS))
        .isEqualTo("Thu 11 Jun at 15:00 (Europe/Paris)");
    assertThat(MeetingTimes.describe(when.toInstant(), NEW_YORK, WED_10_JUN_PARIS))
        .isEqualTo("Thu 11 Jun at 09:00 (America/New_York)");
    assertThat(MeetingTimes.describe(when.toInstant(), KOLKATA, WED_10_JUN_PARIS))
        .isEqualTo("Thu 11 Jun at 18:30 (Asia/Kolkata)");
  }

  @Test
  void shouldShowAnotherWeekdayWhenTheBuddyIsOnTheOtherSideOfMidnight() {
    Instant wedInTokyo = instant("2026-06-10T12:00", TOKYO);
    ZonedDateTime fromTokyo = understood("mon 8:00", TOKYO, wedInTokyo);
    Instant wedInLosAngeles = instant("2026-06-10T12:00", LOS_ANGELES);
    ZonedDateTime fromLosAngeles = understood("fri 18:00", LOS_ANGELES, wedInLosAngeles);

    assertThat(MeetingTimes.describe(fromTokyo.toInstant(), TOKYO, wedInTokyo))
        .isEqualTo("Mon 15 Jun at 08:00 (Asia/Tokyo)");
    assertThat(MeetingTimes.describe(fromTokyo.toInstant(), LOS_ANGELES, wedInTokyo))
        .isEqualTo("Sun 14 Jun at 16:00 (America/Los_Angeles)");
    assertThat(MeetingTimes.describe(fromLosAngeles.toInstant(), TOKYO, wedInLosAngeles))
        .isEqualTo("Sat 13 Jun at 10:00 (Asia/Tokyo)");
  }

  @Test
  void shouldKeepTheLocalTimeAcrossTheSpringChangeInLondon() {
    Instant friday = instant("2026-03-27T12:00", LONDON);

    ZonedDateTime saturday = understood("sat 09:00", LONDON, friday);
    ZonedDateTime sunday = understood("sun 09:00", LONDON, friday);

    assertThat(saturday.toInstant()).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
    assertThat(sunday.toInstant()).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    assertThat(Duration.between(saturday, sunday)).isEqualTo(Duration.ofHours(23));
    assertThat(MeetingTimes.describe(saturday.toInstant(), NEW_YORK, friday))
        .isEqualTo("Sat 28 Mar at 05:00 (America/New_York)");
    assertThat(MeetingTimes.describe(sunday.toInstant(), NEW_YORK, friday))
        .isEqualTo("Sun 29 Mar at 04:00 (America/New_York)");
  }

  @Test
  void shouldCountTomorrowAsTheNextLocalDayOnTheShortDay() {
    Instant saturday = instant("2026-03-28T15:00", LONDON);

    ZonedDateTime when = understood("tomorrow 15:00", LONDON, saturday);

    assertThat(when.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T15:00"));
    assertThat(Duration.between(saturday, when.toInstant())).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void shouldMoveATimeInTheSpringGapForwardByTheGap() {
    Instant friday = instant("2026-03-27T12:00", LONDON);

    ZonedDateTime when = understood("sun 01:30", LONDON, friday);

    assertThat(when.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T02:30"));
    assertThat(when.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(MeetingTimes.describe(when.toInstant(), LONDON, friday))
        .isEqualTo("Sun 29 Mar at 02:30 (Europe/London)");
  }

  @Test
  void shouldTakeTheEarlierOffsetForATimeThatHappensTwiceInTheAutumn() {
    Instant friday = instant("2026-10-23T12:00", LONDON);

    ZonedDateTime twice = understood("sun 01:30", LONDON, friday);
    ZonedDateTime afterTheChange = understood("sun 10:00", LONDON, friday);

    assertThat(twice.toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(afterTheChange.toInstant()).isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
    assertThat(MeetingTimes.describe(twice.toInstant(), LONDON, friday))
        .isEqualTo("Sun 25 Oct at 01:30 (Europe/London)");
    assertThat(MeetingTimes.describe(Instant.parse("2026-10-25T01:30:00Z"), LONDON, friday))
        .isEqualTo("Sun 25 Oct at 01:30 (Europe/London)");
    assertThat(MeetingTimes.describe(afterTheChange.toInstant(), PARIS, friday))
        .isEqualTo("Sun 25 Oct at 11:00 (Europe/Paris)");
  }

  @ParameterizedTest
  @CsvSource({
    "fri 10:30, 2026-06-12T10:30",
    "friday 10:30, 2026-06-12T10:30",
    "fri 10:00, 2026-06-19T10:00",
    "fri 9:00, 2026-06-19T09:00",
    "next fri 10:30, 2026-06-19T10:30",
    "next friday 9:00, 2026-06-19T09:00",
    "this fri 10:30, 2026-06-12T10:30",
    "mon 9:00, 2026-06-15T09:00",
    "next mon 9:00, 2026-06-15T09:00",
    "thu 9:00, 2026-06-18T09:00",
    "next thursday 9:00, 2026-06-18T09:00",
    "sat 9:00, 2026-06-13T09:00"
  })
  void shouldTakeTheNextSuchWeekdayWhoseTimeIsAhead(String typed, LocalDateTime expected) {
    assertThat(understood(typed, PARIS, FRI_12_JUN_PARIS).toLocalDateTime()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "tomorrow 15:00, 2026-06-11T15:00",
    "TOMORROW 15:00, 2026-06-11T15:00",
    "'  tomorrow    15:00  ', 2026-06-11T15:00",
    "tmrw 15:00, 2026-06-11T15:00",
    "Tmr 15:00, 2026-06-11T15:00",
    "15:00 tomorrow, 2026-06-11T15:00",
    "tomorrow at 3pm, 2026-06-11T15:00",
    "tomorrow 3 pm, 2026-06-11T15:00",
    "tomorrow 3 P.M., 2026-06-11T15:00",
    "'tomorrow, 3pm', 2026-06-11T15:00",
    "today 15:00, 2026-06-10T15:00",
    "Today 9:01, 2026-06-10T09:01",
    "fri 10:30, 2026-06-12T10:30",
    "Fri. 10:30am, 2026-06-12T10:30",
    "10:30 friday, 2026-06-12T10:30",
    "on friday at 10:30, 2026-06-12T10:30",
    "wed 10:00, 2026-06-10T10:00",
    "wed 8:00, 2026-06-17T08:00",
    "tues 10:00, 2026-06-16T10:00",
    "weds 10:00, 2026-06-10T10:00",
    "thurs 10:00, 2026-06-11T10:00",
    "sunday 10:00, 2026-06-14T10:00",
    "2026-07-03 09:00, 2026-07-03T09:00",
    "3 jul 09:00, 2026-07-03T09:00",
    "jul 3 09:00, 2026-07-03T09:00",
    "3 july 09:00, 2026-07-03T09:00",
    "July 3rd 9am, 2026-07-03T09:00",
    "the 3rd of july at 9am, 2026-07-03T09:00",
    "9am 3 jul, 2026-07-03T09:00",
    "3 jul 2026 09:00, 2026-07-03T09:00",
    "fri 3 jul 09:00, 2026-07-03T09:00",
    "fri 3 jul 2026 09:00, 2026-07-03T09:00",
    "Fri 3 Jul at 09:00, 2026-07-03T09:00",
    "10 jun 10:00, 2026-06-10T10:00",
    "1 sept 10:00, 2026-09-01T10:00"
  })
  void shouldReadTheDayAndTimeAsPeopleTypeThem(String typed, LocalDateTime expected) {
    ZonedDateTime when = understood(typed, PARIS, WED_10_JUN_PARIS);

    assertThat(when.toLocalDateTime()).isEqualTo(expected);
    assertThat(when.getZone()).isEqualTo(PARIS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-03 09:00",
        "3 dec 09:00",
        "dec 3 09:00",
        "3 december 09:00",
        "December 3 9am",
        "3rd dec 9am",
        "09:00 3 dec",
        "thu 3 dec 09:00",
        "3 dec 2026 09:00",
        "Thu 3 Dec at 09:00",
        "2026-12-3 9:00"
      })
  void shouldReadTheDateFormsOfTheDesign(String typed) {
    assertThat(understood(typed, LONDON, FRI_20_NOV_LONDON).toLocalDateTime())
        .isEqualTo(LocalDateTime.parse("2026-12-03T09:00"));
  }

  @ParameterizedTest
  @CsvSource({
    "15:00, 2026-06-10T15:00",
    "9:30, 2026-06-10T09:30",
    "09:30, 2026-06-10T09:30",
    "9am, 2026-06-11T09:00",
    "8:59, 2026-06-11T08:59",
    "3pm, 2026-06-10T15:00",
    "3:30pm, 2026-06-10T15:30",
    "3.30pm, 2026-06-10T15:30",
    "3.30 p.m., 2026-06-10T15:30",
    "12am, 2026-06-11T00:00",
    "12:30am, 2026-06-11T00:30",
    "12pm, 2026-06-10T12:00",
    "12:15pm, 2026-06-10T12:15",
    "11:59pm, 2026-06-10T23:59",
    "noon, 2026-06-10T12:00",
    "0:00, 2026-06-11T00:00",
    "23:59, 2026-06-10T23:59"
  })
  void shouldTakeATimeAloneAsTodayIfStillAheadElseTomorrow(String typed, LocalDateTime expected) {
    assertThat(understood(typed, PARIS, WED_10_JUN_PARIS).toLocalDateTime()).isEqualTo(expected);
  }

  @Test
  void shouldTakeTheDayOfMonthInNextYearWhenItHasPassedThisYear() {
    Instant december = instant("2026-12-20T12:00", LONDON);

    ZonedDateTime january = understood("3 jan 10:00", LONDON, december);

    assertThat(january.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-01-03T10:00"));
    assertThat(understood("jan 3 10:00", LONDON, december)).isEqualTo(january);
    assertThat(understood("2027-01-03 10:00", LONDON, december)).isEqualTo(january);
    assertThat(understood("dec 24 9am", LONDON, december).toLocalDate())
        .isEqualTo(LocalDate.parse("2026-12-24"));
    assertThat(MeetingTimes.describe(january.toInstant(), LONDON, december))
        .isEqualTo("Sun 3 Jan 2027 at 10:00 (Europe/London)");
    assertThat(understood("Sun 3 Jan 2027 at 10:00", LONDON, december)).isEqualTo(january);
  }

  @Test
  void shouldFindTheTwentyNinthOfFebruaryInTheComingLeapYear() {
    Instant december = instant("2027-12-10T12:00", LONDON);

    assertThat(understood("29 feb 10:00", LONDON, december).toLocalDate())
        .isEqualTo(LocalDate.parse("2028-02-29"));
  }

  @Test
  void shouldSayTheDayToday_NotRollToNextYear_WhenOnlyTheTimeHasPassed() {
    Instant thirdOfDecember = instant("2026-12-03T10:00", LONDON);

    assertThat(refused("3 dec 09:00", LONDON, thirdOfDecember))
        .isEqualTo(
            "That time has already passed: Thu 3 Dec at 09:00 (Europe/London)."
                + " Pick a later one, like tomorrow 09:00.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fri | Add a time, like fri 10:30.",
        "Friday | Add a time, like fri 10:30.",
        "next friday | Add a time, like next fri 10:30.",
        "tomorrow | Add a time, like tomorrow 10:30.",
        "today | Add a time, like today 10:30.",
        "3 dec | Add a time, like 3 dec 10:30.",
        "December 3rd | Add a time, like 3 dec 10:30.",
        "2026-12-03 | Add a time, like 2026-12-03 10:30.",
        "thu 3 dec | Add a time, like thu 3 dec 10:30."
      })
  void shouldAskForATimeWhenOnlyADayIsGiven(String typed, String reason) {
    assertThat(refused(typed, PARIS, WED_10_JUN_PARIS)).isEqualTo(reason);
  }

  @Test
  void shouldRefuseATimeThatHasPassed() {
    assertThat(refused("today 08:00", PARIS, WED_10_JUN_PARIS))
        .isEqualTo(
            "That time has already passed: Wed 10 Jun at 08:00 (Europe/Paris)."
                + " Pick a later one, like tomorrow 08:00.");
    assertThat(refused("today 9:00", PARIS, WED_10_JUN_PARIS))
        .startsWith("That time has already passed: Wed 10 Jun at 09:00 (Europe/Paris).");
    assertThat(refused("2020-01-01 10:00", PARIS, WED_10_JUN_PARIS))
        .startsWith("That time has already passed: Wed 1 Jan 2020 at 10:00 (Europe/Paris).");
    assertThat(refused("9 jun 10:00", PARIS, WED_10_JUN_PARIS))
        .startsWith("Wed 9 Jun 2027 at 10:00 (Europe/Paris) is more than 90 days ahead.");
  }

  @Test
  void shouldRefuseATimeMoreThanNinetyDaysAhead() {
    assertThat(refused("2026-12-03 09:00", PARIS, WED_10_JUN_PARIS))
        .isEqualTo(
            "Thu 3 Dec at 09:00 (Europe/Paris) is more than 90 days ahead."
                + " Pick a time within 90 days, like fri 09:00.");
    assertThat(refused("2026-09-08 09:01", PARIS, WED_10_JUN_PARIS))
        .contains("is more than 90 days ahead");
    assertThat(understood("2026-09-08 09:00", PARIS, WED_10_JUN_PARIS).toInstant())
        .isEqualTo(WED_10_JUN_PARIS.plus(MeetingTimes.MAX_AHEAD));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-02-30 10:00 | There is no 30 February 2026; try a date that exists,"
            + " like 2026-02-28 10:00.",
        "2027-02-29 10:00 | There is no 29 February 2027; try a date that exists,"
            + " like 2027-02-28 10:00.",
        "2026-04-31 9am | There is no 31 April 2026; try a date that exists,"
            + " like 2026-04-30 09:00.",
        "2026-06-00 10:00 | There is no 0 June 2026; try a date that exists,"
            + " like 2026-06-01 10:00.",
        "30 feb 10:00 | There is no 30 February; try a date that exists, like 28 feb 10:00.",
        "32 dec 10:00 | There is no 32 December; try a date that exists, like 31 dec 10:00.",
        "31 sep 10:00 | There is no 31 September; try a date that exists, like 30 sep 10:00.",
        "29 feb 10:00 | There is no 29 February 2027; try a date that exists, like 28 feb 10:00.",
        "2026-13-01 10:00 | There is no month 13; write dates as year-month-day,"
            + " like 2026-12-03 10:00.",
        "thu 3 jul 9:00 | 3 July 2026 is a Friday, not a Thursday; check the date,"
            + " like fri 3 jul 09:00.",
        "mon 2026-07-03 9:00 | 3 July 2026 is a Friday, not a Monday; check the date,"
            + " like fri 2026-07-03 09:00."
      })
  void shouldRefuseADateThatDoesNotExist(String typed, String reason) {
    assertThat(refused(typed, PARIS, WED_10_JUN_PARIS)).isEqualTo(reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "25:00 | 25:00 is not a time of day; use 00:00 to 23:59, like 15:00, or 3pm.",
        "tomorrow 24:00 | 24:00 is not a time of day; use 00:00 to 23:59, like 15:00, or 3pm.",
        "fri 9:60 | 9:60 is not a time of day; use 00:00 to 23:59, like 15:00, or 3pm.",
        "13pm | 13pm is not a time of day; with am or pm use 1 to 12, like 9am or 3:30pm.",
        "tomorrow 0am | 0am is not a time of day; with am or pm use 1 to 12, like 9am or 3:30pm.",
        "15:00pm | 15:00pm is not a time of day; with am or pm use 1 to 12, like 9am or 3:30pm.",
        "tomorrow 9.30 | Write the time with a colon, like 9:30, or with am or pm, like 3.30pm.",
        "15.45 fri | Write the time with a colon, like 15:45, or with am or pm, like 3.30pm.",
        "tomorrow 25.30 | 25.30 is not a time of day; use 00:00 to 23:59, like 15:00, or 3pm."
      })
  void shouldRefuseATimeThatIsNotOnTheClock(String typed, String reason) {
    assertThat(refused(typed, PARIS, WED_10_JUN_PARIS)).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "blah",
        "soon",
        "tomorrow 15:00 please",
        "tomorrow 15",
        "fri fri 10:00",
        "10:00 11:00",
        "tomorrow 10:00 11:00",
        "next tomorrow 10:00",
        "next 3 dec 10:00",
        "dec 10:00 3",
        "tomorrow10:00",
        "<!channel> 10:00",
        "<@U012AB3CD> tomorrow 10:00",
        "3 dec 26 10:00",
        "2026/12/03 10:00",
        "💥 10:00",
        "10:00 :: tomorrow",
        "pm",
        "tomorrow am"
      })
  void shouldRefuseWhatIsNotADayAndTime(String typed) {
    assertThat(refused(typed, PARIS, WED_10_JUN_PARIS))
        .isEqualTo(
            "I could not read that as a day and time; try tomorrow 15:00, fri 10:30 or 3 dec 9am.");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n", "\u200B", "at", " , "})
  void shouldAskWhenNothingIsTyped(String typed) {
    assertThat(refused(typed, PARIS, WED_10_JUN_PARIS)).isEqualTo("Say when, like tomorrow 15:00.");
  }

  @Test
  void shouldRefuseSomethingTooLongToBeATime() {
    String typed = "tomorrow " + " ".repeat(MeetingTimes.MAX_TYPED) + "15:00";

    assertThat(refused(typed, PARIS, WED_10_JUN_PARIS)).startsWith("I could not read that");
  }

  @Test
  void shouldNeverEchoWhatWasNotReadAsDigitsOrKnownWords() {
    assertThat(refused("<!here> fri", PARIS, WED_10_JUN_PARIS)).doesNotContain("<!here>");
    assertThat(refused("*bold* 25:00", PARIS, WED_10_JUN_PARIS)).doesNotContain("*bold*");
  }

  @Test
  void shouldAddTheYearOnlyWhenItIsNotThisYearWhereTheReaderIs() {
    Instant newYearsEveUtc = Instant.parse("2026-12-31T20:00:00Z");
    Instant when = Instant.parse("2027-01-01T10:00:00Z");

    assertThat(MeetingTimes.describe(when, LONDON, newYearsEveUtc))
        .isEqualTo("Fri 1 Jan 2027 at 10:00 (Europe/London)");
    assertThat(MeetingTimes.describe(when, TOKYO, newYearsEveUtc))
        .isEqualTo("Fri 1 Jan at 19:00 (Asia/Tokyo)");
    assertThat(MeetingTimes.describe(when, ZoneOffset.UTC, newYearsEveUtc))
        .isEqualTo("Fri 1 Jan 2027 at 10:00 (UTC)");
    assertThat(MeetingTimes.describe(when, ZoneOffset.ofHoursMinutes(5, 30), newYearsEveUtc))
        .isEqualTo("Fri 1 Jan at 15:30 (+05:30)");
  }

  @Test
  void shouldKeepTheRecordsHonest() {
    assertThatThrownBy(() -> new NotUnderstood(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new At(null)).isInstanceOf(NullPointerException.class);
  }

  @Property(tries = 2000)
  void anyAcceptedReadingIsAfterNowAndWithinMaxAheadInTheProposersZone(
      @ForAll("typedTimes") String typed,
      @ForAll("zones") ZoneId zone,
      @ForAll @LongRange(min = 946_684_800L, max = 4_102_444_800L) long nowSeconds,
      @ForAll @IntRange(max = 999) int nowMillis) {
    Instant now = Instant.ofEpochSecond(nowSeconds).plusMillis(nowMillis);

    Reading reading = MeetingTimes.read(typed, zone, now);
    Statistics.label("reading")
        .collect(reading.getClass().getSimpleName())
        .coverage(c -> c.check("At").percentage(p -> p >= 15));

    if (reading instanceof At at) {
      assertThat(at.when().toInstant()).isAfter(now);
      assertThat(at.when().toInstant()).isBeforeOrEqualTo(now.plus(MeetingTimes.MAX_AHEAD));
      assertThat(at.when().getZone()).isEqualTo(zone);
    } else {
      assertThat(((NotUnderstood) reading).reason()).isNotBlank().endsWith(".");
    }
  }

  @Property(tries = 1000)
  void aDescribedTimeTypedBackIsTheSameInstant(
      @ForAll("typedTimes") String typed,
      @ForAll("everydayZones") ZoneId zone,
      @ForAll @LongRange(min = 946_684_800L, max = 4_102_444_800L) long nowSeconds) {
    Instant now = Instant.ofEpochSecond(nowSeconds);
    Reading reading = MeetingTimes.read(typed, zone, now);
    Statistics.label("reading")
        .collect(reading.getClass().getSimpleName())
        .coverage(c -> c.check("At").percentage(p -> p >= 15));
    if (!(reading instanceof At at)) {
      return;
    }
    String described = MeetingTimes.describe(at.when().toInstant(), zone, now);
    String withoutZone = described.substring(0, described.lastIndexOf(" ("));

    assertThat(MeetingTimes.read(withoutZone, zone, now)).isEqualTo(at);
  }

  @Property(tries = 1000)
  void neverThrowsForAnyText(@ForAll("anyText") String typed, @ForAll("zones") ZoneId zone) {
    assertThatCode(() -> MeetingTimes.read(typed, zone, WED_10_JUN_PARIS))
        .doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<String> typedTimes() {
    Arbitrary<String> day =
        Arbitraries.frequencyOf(
            Tuple.of(
                4,
                Arbitraries.of(
                    "",
                    "today",
                    "tomorrow",
                    "tmrw",
                    "mon",
                    "tuesday",
                    "wed",
                    "thu",
                    "friday",
                    "sat",
                    "sun",
                    "next fri",
                    "next monday",
                    "this sun")),
            Tuple.of(
                1,
                Combinators.combine(
                        Arbitraries.integers().between(0, 32),
                        Arbitraries.of(
                            "jan",
                            "feb",
                            "march",
                            "apr",
                            "may",
                            "jun",
                            "jul",
                            "aug",
                            "sept",
                            "oct",
                            "nov",
                            "december"))
                    .as((d, m) -> d + " " + m)),
            Tuple.of(
                1,
                Combinators.combine(
                        Arbitraries.integers().between(1999, 2101),
                        Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 32))
                    .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d))));
    Arbitrary<String> time =
        Arbitraries.oneOf(
            Combinators.combine(
                    Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 60))
                .as((h, m) -> String.format("%d:%02d", h, m)),
            Combinators.combine(
                    Arbitraries.integers().between(0, 13),
                    Arbitraries.integers().between(0, 59),
                    Arbitraries.of("am", "pm", " pm", "AM"))
                .as((h, m, ampm) -> h + (m % 2 == 0 ? "" : String.format(":%02d", m)) + ampm),
            Arbitraries.of("noon", "12am", "12pm", "00:00", "23:59"));
    return Combinators.combine(day, time, Arbitraries.of(true, false))
        .as((d, t, timeFirst) -> timeFirst ? t + " " + d : d + " " + t);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
  }

  @Provide
  Arbitrary<ZoneId> everydayZones() {
    return Arbitraries.of(
            List.of(
                "Europe/London",
                "Europe/Paris",
                "America/New_York",
                "America/Los_Angeles",
                "America/Sao_Paulo",
                "Asia/Kolkata",
                "Asia/Tokyo",
                "Australia/Adelaide",
                "Australia/Lord_Howe",
                "Pacific/Auckland",
                "Asia/Kathmandu",
                "UTC"))
        .map(ZoneId::of);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(120),
        Arbitraries.strings().withChars("0123456789:.-apmdecfrinxt ").ofMaxLength(30));
  }

  private static ZonedDateTime understood(String typed, ZoneId zone, Instant now) {
    Reading reading = MeetingTimes.read(typed, zone, now);
    assertThat(reading).as(typed).isInstanceOf(At.class);
    return ((At) reading).when();
  }

  private static String refused(String typed, ZoneId zone, Instant now) {
    Reading reading = MeetingTimes.read(typed, zone, now);
    assertThat(reading).as(typed).isInstanceOf(NotUnderstood.class);
    return ((NotUnderstood) reading).reason();
  }

  private static Instant instant(String localDateTime, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
  }
}
