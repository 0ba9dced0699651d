package dev.trellis.core.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An email address, kept in lower case: it links a person's identities across platforms. */
public record Email(String value) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final int MAX_LENGTH = 254;

  public Email {
    if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not an email address: '" + value + "'");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  /** Parses user input, trimming it; empty when it is not an email address. */
  public static Optional<Email> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Email(trimmed));
  }

  @Override
  public String toString() {
    return value;
  }
}
