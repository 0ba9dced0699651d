package dev.trellis.core.feedback;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.SharedItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Feedback one person gives another: asked for ({@code asked}, open until it is answered, declined
 * or {@link #OPEN_FOR} has passed) or given unasked. The answer is the receiver's item: only they
 * see it, and their current manager when they share it ({@link
 * dev.trellis.core.privacy.SharedItemAccess}); the giver sees their own words in {@code /feedback
 * given}.
 *
 * @param receiverId who asked (or was given feedback unasked): the owner of the answer
 * @param shares whom the receiver shared the answer with, and when
 */
public record Feedback(
    FeedbackId id,
    OrgId orgId,
    PersonId receiverId,
    PersonId giverId,
    Optional<String> topic,
    boolean asked,
    Instant createdAt,
    State state,
    Optional<FeedbackAnswer> answer,
    Optional<Instant> closedAt,
    List<Shared> shares)
    implements SharedItem {

  /** How long a request stays open. */
  public static final Duration OPEN_FOR = Duration.ofDays(14);

  /** When an unanswered request is recalled to its giver. */
  public static final Duration REMIND_AFTER = Duration.ofDays(7);

  /** Where a request stands; an open one past {@link #OPEN_FOR} is expired. */
  public enum State {
    OPEN,
    ANSWERED,
    DECLINED
  }

  /** That the receiver shared the answer with a person, and when. */
  public record Shared(PersonId with, Instant at) {
    public Shared {
      Objects.requireNonNull(with, "with");
      Objects.requireNonNull(at, "at");
    }
  }

  public Feedback {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(receiverId, "receiverId");
    Objects.requireNonNull(giverId, "giverId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(closedAt, "closedAt");
    shares = List.copyOf(shares);
    if (receiverId.equals(giverId)) {
      throw new IllegalArgumentException("Feedback goes between two different people");
    }
    if ((state == State.ANSWERED) != answer.isPresent()) {
      throw new IllegalArgumentException("Answered feedback, and only that, has an answer");
    }
    if (!asked && state != State.ANSWERED) {
      throw new IllegalArgumentException("Feedback given unasked is answered from the start");
    }
  }

  /** A new request from {@code receiver} to {@code giver}. */
  static Feedback request(
      OrgId orgId, PersonId receiver, PersonId giver, String topic, Instant now) {
    return new Feedback(
        FeedbackId.fresh(),
        orgId,
        receiver,
        giver,
        Optional.of(topic),
        true,
        now,
        State.OPEN,
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** Feedback {@code giver} gives {@code receiver} unasked. */
  static Feedback unasked(
      OrgId orgId,
      PersonId receiver,
      PersonId giver,
      Optional<String> topic,
      FeedbackAnswer answer,
      Instant now) {
    return new Feedback(
        FeedbackId.fresh(),
        orgId,
        receiver,
        giver,
        topic,
        false,
        now,
        State.ANSWERED,
        Optional.of(answer),
        Optional.of(now),
        List.of());
  }

  public Instant expiresAt() {
    return createdAt.plus(OPEN_FOR);
  }

  /** Whether the request still waits for an answer at {@code now}. */
  public boolean isOpen(Instant now) {
    return state == State.OPEN && now.isBefore(expiresAt());
  }

  /** Whether the request ran out unanswered by {@code now}. */
  public boolean isExpired(Instant now) {
    return state == State.OPEN && !now.isBefore(expiresAt());
  }

  @Override
  public PersonId ownerId() {
    return receiverId;
  }

  @Override
  public boolean isSharedWith(PersonId person) {
    return shares.stream().anyMatch(s -> s.with().equals(person));
  }

  /** The same feedback, shared with {@code person} too (unchanged when it already is). */
  Feedback sharedWith(PersonId person, Instant at) {
    if (isSharedWith(person)) {
      return this;
    }
    List<Shared> more = new ArrayList<>(shares);
    more.add(new Shared(person, at));
    return new Feedback(
        id, orgId, receiverId, giverId, topic, asked, createdAt, state, answer, closedAt, more);
  }

  /** When the receiver shared it with {@code person}; empty when they did not. */
  public Optional<Instant> sharedAt(PersonId person) {
    return shares.stream().filter(s -> s.with().equals(person)).map(Shared::at).findFirst();
  }
}
