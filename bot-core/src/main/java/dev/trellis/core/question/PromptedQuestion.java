package dev.trellis.core.question;

import java.time.Instant;
import java.util.Objects;

/** One question asked of a person, and when. */
public record PromptedQuestion(QuestionId questionId, Instant at) {

  public PromptedQuestion {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(at, "at");
  }
}
