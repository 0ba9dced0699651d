package dev.trellis.core.org;

import java.util.regex.Pattern;

/** The id of one organisation (a Slack workspace or a Teams tenant, or both). */
public record OrgId(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  public OrgId {
    if (value == null || !ALLOWED.matcher(value).matches()) {
      throw new InvalidOrgIdException(value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && ALLOWED.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }

  /** Thrown when a string that is not a valid org id is used as one. */
  public static final class InvalidOrgIdException extends IllegalArgumentException {
    InvalidOrgIdException(String value) {
      super(
          "Org id must be 1-64 letters, digits, '-' or '_', starting with a letter or digit: '"
              + value
              + "'");
    }
  }
}
