package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The development questions of one occurrence of a 1:1 ({@code date}: its local date in the 1:1's
 * zone), in order: the agenda shows them all, the last-15 prompt suggests the first.
 */
public record PickedQuestions(
    OrgId orgId,
    OneOnOneId oneOnOneId,
    LocalDate date,
    List<PickedQuestion> questions,
    Instant pickedAt) {

  public PickedQuestions {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(oneOnOneId, "oneOnOneId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(pickedAt, "pickedAt");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("An occurrence's picked questions cannot be empty");
    }
  }
}
