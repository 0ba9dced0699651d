package dev.trellis.core.question;

import java.util.Objects;
import java.util.Optional;

/**
 * A development question from the bank: a built-in one shipped with Trellis, or a custom one an org
 * added. {@code retired} questions are kept (people's history refers to them) but never asked.
 */
public record Question(QuestionId id, Theme theme, String text, boolean builtIn, boolean retired) {

  public static final int MIN_TEXT_LENGTH = 5;
  public static final int MAX_TEXT_LENGTH = 500;

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(theme, "theme");
    Optional<String> problem = textProblem(text);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    text = text.strip();
    if (builtIn != id.isBuiltIn()) {
      throw new IllegalArgumentException(
          "Question " + id + (builtIn ? " is not" : " is") + " a built-in question's id");
    }
  }

  /** A new question of an org, with a fresh id. */
  public static Question custom(Theme theme, String text) {
    return new Question(QuestionId.newCustom(), theme, text, false, false);
  }

  /** What is wrong with a question's text (leading and trailing blanks aside), if anything. */
  public static Optional<String> textProblem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("text is required");
    }
    String stripped = text.strip();
    int length = stripped.codePointCount(0, stripped.length());
    if (length < MIN_TEXT_LENGTH || length > MAX_TEXT_LENGTH) {
      return Optional.of(
          "text must be "
              + MIN_TEXT_LENGTH
              + " to "
              + MAX_TEXT_LENGTH
              + " characters, not "
              + length);
    }
    return Optional.empty();
  }

  /** This question, retired. */
  public Question retire() {
    return new Question(id, theme, text, builtIn, true);
  }
}
