package dev.trellis.core.buddy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Why a typed time cannot be used, in words for the person, each with an example to copy. Nothing
 * the person typed is echoed unless it was read as digits or known words, so a message never
 * carries a mention or markup along.
 */
final class MeetingRefusals {

  private MeetingRefusals() {}

  static MeetingTimes.NotUnderstood blank() {
    return new MeetingTimes.NotUnderstood("Say when, like tomorrow 15:00.");
  }

  static MeetingTimes.NotUnderstood notUnderstood() {
    return new MeetingTimes.NotUnderstood(
        "I could not read that as a day and time; try tomorrow 15:00, fri 10:30 or 3 dec 9am.");
  }

  static MeetingTimes.NotUnderstood noTime(TypedDay day) {
    return new MeetingTimes.NotUnderstood("Add a time, like " + day.words() + " 10:30.");
  }

  static MeetingTimes.NotUnderstood passed(ZonedDateTime when, ProposerNow proposer) {
    return new MeetingTimes.NotUnderstood(
        "That time has already passed: "
            + MeetingTimes.describe(when.toInstant(), proposer.zone(), proposer.now())
            + ". Pick a later one, like tomorrow "
            + hoursAndMinutes(when)
            + ".");
  }

  static MeetingTimes.NotUnderstood tooFar(ZonedDateTime when, ProposerNow proposer) {
    return new MeetingTimes.NotUnderstood(
        MeetingTimes.describe(when.toInstant(), proposer.zone(), proposer.now())
            + " is more than "
            + MeetingTimes.MAX_AHEAD.toDays()
            + " days ahead. Pick a time within "
            + MeetingTimes.MAX_AHEAD.toDays()
            + " days, like fri "
            + hoursAndMinutes(when)
            + ".");
  }

  static MeetingTimes.NotUnderstood noSuchDate(String date, String example) {
    return new MeetingTimes.NotUnderstood(
        "There is no " + date + "; try a date that exists, like " + example + ".");
  }

  static MeetingTimes.NotUnderstood noSuchMonth(int month, int year, LocalTime time) {
    return new MeetingTimes.NotUnderstood(
        "There is no month "
            + month
            + "; write dates as year-month-day, like "
            + String.format("%04d-12-03 ", year)
            + time
            + ".");
  }

  static MeetingTimes.NotUnderstood wrongWeekday(LocalDate date, DayOfWeek said, String example) {
    return new MeetingTimes.NotUnderstood(
        date.getDayOfMonth()
            + " "
            + MeetingWords.fullName(date.getMonth())
            + " "
            + date.getYear()
            + " is a "
            + MeetingWords.fullName(date.getDayOfWeek())
            + ", not a "
            + MeetingWords.fullName(said)
            + "; check the date, like "
            + example
            + ".");
  }

  private static LocalTime hoursAndMinutes(ZonedDateTime when) {
    return LocalTime.of(when.getHour(), when.getMinute());
  }
}
