package dev.trellis.core.directory.importing;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.directory.importing.ImportingPeople.PersonRow;
import dev.trellis.core.org.TeamsIds;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one row of the people file, reporting every cell that is wrong. */
final class PersonRowParser {

  static final int MAX_NAME = 200;
  static final int MAX_DEPARTMENT = 100;
  private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,20}");

  private final CsvSheet.Row row;
  private final ImportErrors errors;
  private boolean valid = true;

  PersonRowParser(CsvSheet.Row row, ImportErrors errors) {
    this.row = row;
    this.errors = errors;
  }

  Optional<PersonRow> parse() {
    Optional<Email> email = Cells.requiredEmail(row, "email", "email", errors);
    valid &= email.isPresent();
    String name = name();
    Optional<Optional<Email>> manager = manager(email);
    Optional<Optional<String>> department = department();
    Optional<ZoneId> zone = zone();
    Optional<WorkingDays> days = workingDays();
    Optional<QuietHours> quiet = quietHours();
    Optional<String> slack =
        match("slack_user_id", SLACK_USER_ID, "a Slack user id like U0123ABCD");
    Optional<String> teams =
        match(
                "teams_aad_object_id",
                TeamsIds.SHAPE,
                "an Azure AD object id (up to "
                    + TeamsIds.MAX_LENGTH
                    + " letters, digits, '-', '_', '.' or ':')")
            .map(s -> s.toLowerCase(Locale.ROOT));
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(
        new PersonRow(
            row.line(),
            email.get(),
            name,
            manager,
            department,
            zone.get(),
            days,
            quiet,
            slack,
            teams));
  }

  private String name() {
    String name = row.get("name");
    if (name.isEmpty()) {
      fail("name", "name is missing");
    } else if (name.length() > MAX_NAME) {
      fail("name", "name is longer than " + MAX_NAME + " characters");
    }
    return name;
  }

  /** Empty when the file has no manager column; an empty cell means "no manager". */
  private Optional<Optional<Email>> manager(Optional<Email> email) {
    if (!row.hasColumn("manager_email")) {
      return Optional.empty();
    }
    if (row.get("manager_email").isEmpty()) {
      return Optional.of(Optional.empty());
    }
    Optional<Email> manager = Cells.email(row, "manager_email", errors);
    valid &= manager.isPresent();
    if (manager.isPresent() && manager.equals(email)) {
      fail("manager_email", "a person cannot be their own manager");
    }
    return Optional.of(manager);
  }

  private Optional<Optional<String>> department() {
    if (!row.hasColumn("department")) {
      return Optional.empty();
    }
    String department = row.get("department");
    if (department.length() > MAX_DEPARTMENT) {
      fail("department", "department is longer than " + MAX_DEPARTMENT + " characters");
    }
    return Optional.of(Optional.of(department).filter(d -> !d.isEmpty()));
  }

  private Optional<ZoneId> zone() {
    if (row.get("time_zone").isEmpty()) {
      fail("time_zone", "time zone is missing (use an IANA name such as Europe/Berlin)");
      return Optional.empty();
    }
    Optional<ZoneId> zone = Cells.zone(row, "time_zone", errors);
    valid &= zone.isPresent();
    return zone;
  }

  private Optional<WorkingDays> workingDays() {
    String text = row.get("working_days");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String token : text.split("[,;\\s]+")) {
      if (token.isEmpty()) {
        continue;
      }
      Optional<DayOfWeek> day = WorkingDays.parseDay(token);
      if (day.isEmpty()) {
        fail("working_days", "unknown weekday '" + token + "' in working days (use Mon..Sun)");
        return Optional.empty();
      }
      days.add(day.get());
    }
    return days.isEmpty() ? Optional.empty() : Optional.of(WorkingDays.of(days));
  }

  private Optional<QuietHours> quietHours() {
    String text = row.get("quiet_hours");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<QuietHours> quiet = QuietHours.parse(text);
    if (quiet.isEmpty()) {
      fail("quiet_hours", "quiet hours '" + text + "' must look like 19:00-08:00");
    }
    return quiet;
  }

  private Optional<String> match(String column, Pattern pattern, String what) {
    String text = row.get(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!pattern.matcher(text).matches()) {
      fail(column, "'" + text + "' is not " + what);
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private void fail(String column, String reason) {
    valid = false;
    errors.add(row.line(), column, reason);
  }
}
