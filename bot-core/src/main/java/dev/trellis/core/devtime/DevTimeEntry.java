package dev.trellis.core.devtime;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Time a person spent on their own development: how long, on which day of theirs, what they did
 * (their own text, private to them) and, if they linked one, the number of one of their goals.
 */
public record DevTimeEntry(
    String id,
    OrgId orgId,
    PersonId personId,
    LocalDate day,
    int minutes,
    String what,
    Optional<Integer> goal,
    Instant loggedAt) {

  public static final int MAX_TEXT = 300;
  public static final int MAX_MINUTES = 24 * 60;

  public DevTimeEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(loggedAt, "loggedAt");
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw new IllegalArgumentException("An entry is 1 to " + MAX_MINUTES + " minutes");
    }
    if (what == null || what.isBlank() || what.length() > MAX_TEXT) {
      throw new IllegalArgumentException("An entry says what in 1-" + MAX_TEXT + " characters");
    }
  }

  public YearMonth month() {
    return YearMonth.from(day);
  }
}
