package dev.trellis.core.directory.importing;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.directory.importing.ImportingOneOnOnes.Pair;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one row of the 1:1 file against the people already in the org. */
final class OneOnOneRowParser {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

  record OneOnOneRow(
      int line,
      Pair pair,
      Cadence cadence,
      DayOfWeek weekday,
      LocalTime startTime,
      Duration duration,
      ZoneId timeZone,
      Optional<LocalDate> firstDate) {}

  private final Map<Email, Person> people = new HashMap<>();

  OneOnOneRowParser(List<Person> orgPeople) {
    orgPeople.forEach(p -> people.put(p.email(), p));
  }

  Optional<OneOnOneRow> parse(CsvSheet.Row row, ImportErrors errors) {
    Optional<Person> manager = person(row, "manager_email", "manager email", errors);
    Optional<Person> report = person(row, "report_email", "report email", errors);
    boolean samePerson = manager.isPresent() && manager.equals(report);
    if (samePerson) {
      errors.add(row.line(), "report_email", "a 1:1 needs two different people");
    }
    Optional<Cadence> cadence = Cadence.parse(row.get("cadence"));
    if (cadence.isEmpty()) {
      errors.add(
          row.line(),
          "cadence",
          "unknown cadence '" + row.get("cadence") + "' (use WEEKLY, BIWEEKLY or MONTHLY)");
    }
    Optional<DayOfWeek> weekday = WorkingDays.parseDay(row.get("weekday"));
    if (weekday.isEmpty()) {
      errors.add(
          row.line(), "weekday", "unknown weekday '" + row.get("weekday") + "' (use MON..SUN)");
    }
    Optional<LocalTime> start = startTime(row, errors);
    Optional<Duration> duration = duration(row, errors);
    Optional<ZoneId> zone =
        row.get("time_zone").isEmpty()
            ? manager.map(Person::timeZone)
            : Cells.zone(row, "time_zone", errors);
    Optional<LocalDate> firstDate = firstDate(row, weekday, errors);
    if (manager.isEmpty()
        || report.isEmpty()
        || samePerson
        || cadence.isEmpty()
        || weekday.isEmpty()
        || start.isEmpty()
        || duration.isEmpty()
        || zone.isEmpty()
        || (!row.get("first_date").isEmpty() && firstDate.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new OneOnOneRow(
            row.line(),
            new Pair(manager.get().id(), report.get().id()),
            cadence.get(),
            weekday.get(),
            start.get(),
            duration.get(),
            zone.get(),
            firstDate));
  }

  private Optional<Person> person(
      CsvSheet.Row row, String column, String what, ImportErrors errors) {
    Optional<Email> email = Cells.requiredEmail(row, column, what, errors);
    Optional<Person> person = email.map(people::get);
    if (email.isPresent() && person.isEmpty()) {
      errors.add(
          row.line(),
          column,
          "unknown person '" + email.get() + "': import them with the people file first");
    }
    return person;
  }

  private static Optional<LocalTime> startTime(CsvSheet.Row row, ImportErrors errors) {
    try {
      return Optional.of(LocalTime.parse(row.get("start_time"), HH_MM));
    } catch (DateTimeParseException e) {
      errors.add(
          row.line(),
          "start_time",
          "start time '" + row.get("start_time") + "' must be HH:mm, like 14:30");
      return Optional.empty();
    }
  }

  private static Optional<Duration> duration(CsvSheet.Row row, ImportErrors errors) {
    String text = row.get("duration_minutes");
    long min = OneOnOne.MIN_DURATION.toMinutes();
    long max = OneOnOne.MAX_DURATION.toMinutes();
    try {
      long minutes = Long.parseLong(text);
      if (minutes >= min && minutes <= max) {
        return Optional.of(Duration.ofMinutes(minutes));
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    errors.add(
        row.line(),
        "duration_minutes",
        "duration '" + text + "' must be a whole number of minutes from " + min + " to " + max);
    return Optional.empty();
  }

  private static Optional<LocalDate> firstDate(
      CsvSheet.Row row, Optional<DayOfWeek> weekday, ImportErrors errors) {
    String text = row.get("first_date");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (weekday.isPresent() && date.getDayOfWeek() != weekday.get()) {
        errors.add(row.line(), "first_date", "first date " + text + " is not a " + weekday.get());
        return Optional.empty();
      }
      return Optional.of(date);
    } catch (DateTimeParseException e) {
      errors.add(row.line(), "first_date", "first date '" + text + "' must be YYYY-MM-DD");
      return Optional.empty();
    }
  }
}
