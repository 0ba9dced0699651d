package dev.trellis.core.buddy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The day part of a typed meeting time. Each kind knows its own rule for which date it means,
 * because "the next Friday" and "3 Jan" look forward from today in different ways.
 */
sealed interface TypedDay {

  /** The day in the words we would suggest back, such as {@code next fri} or {@code 3 dec}. */
  String words();

  /** The meeting on this day at {@code time}, or why there is none. */
  MeetingTimes.Reading at(LocalTime time, ProposerNow proposer);

  /** No day was typed: today if the time is still ahead, else tomorrow. */
  record Unsaid() implements TypedDay {
    @Override
    public String words() {
      return "";
    }

    @Override
    public MeetingTimes.Reading at(LocalTime time, ProposerNow proposer) {
      LocalDate today = proposer.today();
      return proposer.meeting(proposer.isAhead(today, time) ? today : today.plusDays(1), time);
    }
  }

  /** {@code today} (0) or {@code tomorrow} (1). */
  record FromToday(int days) implements TypedDay {
    public FromToday {
      if (days < 0 || days > 1) {
        throw new IllegalArgumentException("today or tomorrow: " + days);
      }
    }

    @Override
    public String words() {
      return days == 0 ? "today" : "tomorrow";
    }

    @Override
    public MeetingTimes.Reading at(LocalTime time, ProposerNow proposer) {
      return proposer.meeting(proposer.today().plusDays(days), time);
    }
  }

  /**
   * A weekday: the next one whose time is still ahead, today included. With {@code next}, said on
   * that very weekday, it is the one a week later, because nobody says "next Friday" on a Friday to
   * mean the same day; on any other day it is the same as without.
   */
  record Weekday(DayOfWeek day, boolean next) implements TypedDay {
    public Weekday {
      Objects.requireNonNull(day, "day");
    }

    @Override
    public String words() {
      return (next ? "next " : "") + MeetingWords.shortName(day).toLowerCase(Locale.ROOT);
    }

    @Override
    public MeetingTimes.Reading at(LocalTime time, ProposerNow proposer) {
      LocalDate today = proposer.today();
      int days = Math.floorMod(day.getValue() - today.getDayOfWeek().getValue(), 7);
      if (days == 0 && (next || !proposer.isAhead(today, time))) {
        days = 7;
      }
      return proposer.meeting(today.plusDays(days), time);
    }
  }

  /**
   * A date with its year, such as {@code 2026-12-03}, kept as typed numbers so an impossible one
   * ({@code 2026-02-30}) is refused with a reason; optionally with the weekday the person expects.
   */
  record OnDate(int year, int month, int day, Optional<DayOfWeek> weekday) implements TypedDay {
    public OnDate {
      Objects.requireNonNull(weekday, "weekday");
    }

    @Override
    public String words() {
      return DayWords.weekdayPrefix(weekday) + String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public MeetingTimes.Reading at(LocalTime time, ProposerNow proposer) {
      if (month < 1 || month > 12) {
        return MeetingRefusals.noSuchMonth(month, year, time);
      }
      YearMonth yearMonth = YearMonth.of(year, month);
      if (!yearMonth.isValidDay(day)) {
        OnDate nearest = new OnDate(year, month, nearestDay(day, yearMonth), Optional.empty());
        return MeetingRefusals.noSuchDate(
            day + " " + MeetingWords.fullName(yearMonth.getMonth()) + " " + year,
            nearest.words() + " " + time);
      }
      LocalDate date = yearMonth.atDay(day);
      if (weekday.isPresent() && weekday.get() != date.getDayOfWeek()) {
        OnDate corrected = new OnDate(year, month, day, Optional.of(date.getDayOfWeek()));
        return MeetingRefusals.wrongWeekday(date, weekday.get(), corrected.words() + " " + time);
      }
      return proposer.meeting(date, time);
    }
  }

  /**
   * A day and month, such as {@code 3 dec}: this year, or next year if that day has already gone
   * (so {@code 3 jan} typed in December is next January); optionally with the weekday the person
   * expects.
   */
  record InYear(Month month, int day, Optional<DayOfWeek> weekday) implements TypedDay {
    public InYear {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(weekday, "weekday");
    }

    @Override
    public String words() {
      return DayWords.weekdayPrefix(weekday)
          + day
          + " "
          + MeetingWords.shortName(month).toLowerCase(Locale.ROOT);
    }

    @Override
    public MeetingTimes.Reading at(LocalTime time, ProposerNow proposer) {
      if (day < 1 || day > month.maxLength()) {
        return MeetingRefusals.noSuchDate(
            day + " " + MeetingWords.fullName(month),
            new InYear(month, nearestDay(day, month.minLength()), Optional.empty()).words()
                + " "
                + time);
      }
      LocalDate today = proposer.today();
      int year =
          MonthDay.of(month, day).isBefore(MonthDay.from(today))
              ? today.getYear() + 1
              : today.getYear();
      YearMonth yearMonth = YearMonth.of(year, month);
      if (!yearMonth.isValidDay(day)) {
        return MeetingRefusals.noSuchDate(
            day + " " + MeetingWords.fullName(month) + " " + year,
            new InYear(month, nearestDay(day, yearMonth), Optional.empty()).words() + " " + time);
      }
      LocalDate date = yearMonth.atDay(day);
      if (weekday.isPresent() && weekday.get() != date.getDayOfWeek()) {
        InYear corrected = new InYear(month, day, Optional.of(date.getDayOfWeek()));
        return MeetingRefusals.wrongWeekday(date, weekday.get(), corrected.words() + " " + time);
      }
      return proposer.meeting(date, time);
    }
  }

  private static int nearestDay(int day, YearMonth yearMonth) {
    return nearestDay(day, yearMonth.lengthOfMonth());
  }

  private static int nearestDay(int day, int lastDay) {
    return Math.max(1, Math.min(day, lastDay));
  }
}
