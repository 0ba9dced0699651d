package dev.trellis.core.question;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The stable id of a question: {@code builtin:<bundle key>} for a built-in question (such as {@code
 * builtin:aspirations.1}), {@code custom:<uuid>} for one an org added.
 */
public record QuestionId(String value) {

  private static final String BUILT_IN = "builtin:";
  private static final String CUSTOM = "custom:";
  private static final Pattern SHAPE =
      Pattern.compile("(builtin|custom):[a-z0-9][a-z0-9._-]{0,63}");

  public QuestionId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Not a question id (like builtin:aspirations.1 or custom:<uuid>): '" + value + "'");
    }
  }

  /** The id of the built-in question under {@code key} in the question bundle. */
  public static QuestionId builtIn(String key) {
    return new QuestionId(BUILT_IN + key);
  }

  /** A fresh id for a question an org adds. */
  public static QuestionId newCustom() {
    return new QuestionId(CUSTOM + UUID.randomUUID());
  }

  /** Reads an id from user input; empty when it is not one. */
  public static Optional<QuestionId> parse(String text) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new QuestionId(text));
  }

  public boolean isBuiltIn() {
    return value.startsWith(BUILT_IN);
  }

  @Override
  public String toString() {
    return value;
  }
}
