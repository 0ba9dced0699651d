package dev.trellis.core.buddy;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id of a buddy cohort, unique within its org; it appears in admin URLs and dedupe keys. */
public record CohortId(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  public CohortId {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "A cohort id is 1-64 letters, digits, '-' or '_', not '" + value + "'");
    }
  }

  public static boolean isValid(String value) {
    return value != null && ALLOWED.matcher(value).matches();
  }

  public static CohortId random() {
    return new CohortId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
