package dev.trellis.core.reflection;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A question sent to a person, and where it stands: OPEN until it is first closed as answered,
 * skipped or snoozed (a snooze sends it again later as a new prompt). An answered prompt's answer
 * can still be edited until the prompt expires.
 */
public record Prompt(
    PromptId id,
    OrgId orgId,
    PersonId personId,
    PromptKind kind,
    Optional<String> questionId,
    String questionText,
    Instant sentAt,
    Instant expiresAt,
    State state) {

  /** Where a prompt stands. */
  public enum State {
    OPEN,
    ANSWERED,
    SKIPPED,
    SNOOZED
  }

  public Prompt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(questionText, "questionText");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(state, "state");
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public Prompt withState(State newState) {
    return new Prompt(
        id, orgId, personId, kind, questionId, questionText, sentAt, expiresAt, newState);
  }
}
