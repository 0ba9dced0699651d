package dev.trellis.core.oneonone;

import dev.trellis.core.question.QuestionId;
import java.util.Objects;

/** A development question picked for a 1:1, as it was worded when it was picked. */
public record PickedQuestion(QuestionId id, String text) {

  public PickedQuestion {
    Objects.requireNonNull(id, "id");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A picked question needs its text");
    }
  }
}
