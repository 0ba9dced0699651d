package dev.trellis.core.directory.importing;

import dev.trellis.core.directory.Email;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Parses the cells that both import files share, reporting what is wrong. */
final class Cells {

  private Cells() {}

  static Optional<Email> requiredEmail(
      CsvSheet.Row row, String column, String what, ImportErrors errors) {
    String text = row.get(column);
    if (text.isEmpty()) {
      errors.add(row.line(), column, what + " is missing");
      return Optional.empty();
    }
    return email(row, column, errors);
  }

  static Optional<Email> email(CsvSheet.Row row, String column, ImportErrors errors) {
    String text = row.get(column);
    Optional<Email> email = Email.parse(text);
    if (email.isEmpty()) {
      errors.add(row.line(), column, "'" + text + "' is not an email address");
    }
    return email;
  }

  static Optional<ZoneId> zone(CsvSheet.Row row, String column, ImportErrors errors) {
    String text = row.get(column);
    try {
      return Optional.of(ZoneId.of(text));
    } catch (DateTimeException e) {
      errors.add(
          row.line(),
          column,
          "unknown time zone '" + text + "' (use an IANA name such as Europe/Berlin)");
      return Optional.empty();
    }
  }
}
