package dev.trellis.core.reflection;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.SharedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's answer to a prompt. Private to its owner, except for the people in {@code shares}: it
 * is shared with a person, never with a role, so a manager who is no longer the owner's manager and
 * a new manager it was not shared with see nothing ({@link
 * dev.trellis.core.privacy.SharedItemAccess} decides who sees it). {@code nextStep} is used by
 * after-1:1 takeaways.
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
    List<Share> shares)
    implements SharedItem {

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
    shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
    if (shares.stream().map(Share::with).distinct().count() != shares.size()) {
      throw new IllegalArgumentException("An answer is shared with each person at most once");
    }
    if (shares.stream().anyMatch(s -> s.with().equals(personId))) {
      throw new IllegalArgumentException("An answer is not shared with its own writer");
    }
    if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER_LENGTH) {
      throw new IllegalArgumentException("An answer has 1-" + MAX_ANSWER_LENGTH + " characters");
    }
    if (nextStep.filter(s -> s.length() > MAX_ANSWER_LENGTH).isPresent()) {
      throw new IllegalArgumentException(
          "A next step has at most " + MAX_ANSWER_LENGTH + " characters");
    }
  }

  /** Whether it was shared with anyone at all (whether they may still see it is not said). */
  public boolean isShared() {
    return !shares.isEmpty();
  }

  @Override
  public PersonId ownerId() {
    return personId;
  }

  @Override
  public boolean isSharedWith(PersonId person) {
    return shareWith(person).isPresent();
  }

  public Optional<Share> shareWith(PersonId person) {
    return shares.stream().filter(s -> s.with().equals(person)).findFirst();
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
        shares);
  }

  /** The same answer, shared with {@code person} too (unchanged when it already is). */
  public Reflection sharedWith(PersonId person, Instant at) {
    if (isSharedWith(person)) {
      return this;
    }
    List<Share> more = new ArrayList<>(shares);
    more.add(new Share(person, at));
    return withShares(more);
  }

  /** The same answer, shared with nobody. */
  public Reflection unshared() {
    return withShares(List.of());
  }

  private Reflection withShares(List<Share> newShares) {
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
        newShares);
  }
}
