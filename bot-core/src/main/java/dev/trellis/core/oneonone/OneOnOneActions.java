package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.message.ActionId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The buttons of the last-15 prompt: their action ids start with {@code oneonone.}, and their value
 * names the occurrence as {@code <1:1 id>/<local date>}.
 */
public final class OneOnOneActions {

  private static final String PREFIX = "oneonone.";
  private static final int MAX_VALUE_LENGTH = 200;

  private OneOnOneActions() {}

  public static boolean isOneOnOneAction(ActionId action) {
    return action.value().startsWith(PREFIX);
  }

  /** The occurrence a button is about. */
  record OccurrenceRef(OneOnOneId oneOnOneId, LocalDate date) {}

  static String value(OneOnOneId oneOnOneId, LocalDate date) {
    return oneOnOneId.value() + "/" + date;
  }

  static Optional<OccurrenceRef> parse(String value) {
    int slash = value.lastIndexOf('/');
    if (slash < 1 || value.length() > MAX_VALUE_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new OccurrenceRef(
              new OneOnOneId(value.substring(0, slash)),
              LocalDate.parse(value.substring(slash + 1))));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
