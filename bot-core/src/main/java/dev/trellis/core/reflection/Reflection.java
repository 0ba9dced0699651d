package dev.trellis.core.reflection;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's answer to a prompt. Private to its owner unless {@code sharedAt} is set: then their
 * manager sees it in the next 1:1 agenda. {@code nextStep} is used by after-1:1 takeaways.
 */
public record Reflection(
    ReflectionId id,
    OrgId orgId,
    PersonId personId,
    PromptId promptId,
    PromptKind kind,
    String question,
    String answer,
    Optional<String> nextStep,
    Instant answeredAt,
    Optional<Instant> editedAt,
    Optional<Instant> sharedAt) {

  public static final int MAX_ANSWER_LENGTH = 4000;

  public Reflection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(promptId, "promptId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(nextStep, "nextStep");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(editedAt, "editedAt");
    Objects.requireNonNull(sharedAt, "sharedAt");
    if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER_LENGTH) {
      throw new IllegalArgumentException("An answer has 1-" + MAX_ANSWER_LENGTH + " characters");
    }
    if (nextStep.filter(s -> s.length() > MAX_ANSWER_LENGTH).isPresent()) {
      throw new IllegalArgumentException(
          "A next step has at most " + MAX_ANSWER_LENGTH + " characters");
    }
  }

  public boolean isShared() {
    return sharedAt.isPresent();
  }

  public Reflection edited(String newAnswer, Optional<String> newNextStep, Instant at) {
    return new Reflection(
        id,
        orgId,
        personId,
        promptId,
        kind,
        question,
        newAnswer,
        newNextStep,
        answeredAt,
        Optional.of(at),
        sharedAt);
  }

  public Reflection shared(Instant at) {
    return new Reflection(
        id,
        orgId,
        personId,
        promptId,
        kind,
        question,
        answer,
        nextStep,
        answeredAt,
        editedAt,
        Optional.of(at));
  }
}
