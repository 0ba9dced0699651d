package dev.trellis.core.feedback;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Feedback requests and the feedback given, of every org; each method is scoped to one org. What
 * people wrote (topics and answers) is stored encrypted.
 */
public interface FeedbackRecords {

  void insertAll(List<Feedback> feedback);

  Optional<Feedback> find(OrgId orgId, FeedbackId id);

  /**
   * Closes a request that is open at {@code at}, with the answer or (empty) as declined; once:
   * false when it was answered, declined or expired before.
   */
  boolean close(OrgId orgId, FeedbackId id, Optional<FeedbackAnswer> answer, Instant at);

  /** Stores whom the receiver shared the feedback with. */
  void saveShares(Feedback feedback);

  /** The requests open for the giver at {@code now}, oldest first. */
  List<Feedback> waitingFor(OrgId orgId, PersonId giver, Instant now, int limit);

  /** The answered feedback the person received, newest first. */
  List<Feedback> receivedBy(OrgId orgId, PersonId receiver, int limit);

  /** The answered feedback the person gave, newest first. */
  List<Feedback> givenBy(OrgId orgId, PersonId giver, int limit);

  /** The answered feedback the receiver shared with {@code with} since then, oldest share first. */
  List<Feedback> sharedWith(OrgId orgId, PersonId receiver, PersonId with, Instant since);

  /** How many requests the person sent since then. */
  long countAskedBy(OrgId orgId, PersonId receiver, Instant since);

  /** How many requests the person received since then. */
  long countAskedOf(OrgId orgId, PersonId giver, Instant since);

  /** When {@code giver} last gave {@code receiver} feedback (asked or not); empty when never. */
  Optional<Instant> lastGiven(OrgId orgId, PersonId giver, PersonId receiver);

  /** The people of the org who asked anyone for feedback since then. */
  Set<PersonId> askedSince(OrgId orgId, Instant since);

  /**
   * Since when Trellis has known whether each of the people asks for feedback: {@code now} for
   * those it had not seen before (stored so, once), so "asked nobody in N weeks" is never said of
   * someone it has known for less.
   */
  Map<PersonId, Instant> watchedSince(OrgId orgId, Collection<PersonId> people, Instant now);

  /** A request as analytics counts it: who asked, when, and where it stands; no text. */
  record Asked(PersonId receiverId, Instant createdAt, Feedback.State state) {}

  /** Each request for feedback made in the org from {@code from} (included) to {@code to}. */
  void eachAskedBetween(OrgId orgId, Instant from, Instant to, Consumer<Asked> each);

  /**
   * Erasure: feedback the person asked, gave or received stays counted (asked, answered, declined,
   * expired) with the anonymous id in their place and without text written by or for them; the
   * other side's record stays.
   */
  void eraseOf(Erasure erasure);

  /** Retention: the topics and answers of feedback asked before the cutoff are forgotten. */
  void forgetTextsBefore(OrgId orgId, Instant cutoff);

  /**
   * Everything between the person and anyone, in any state, oldest first: what they asked for, gave
   * and received, for their export.
   */
  List<Feedback> involving(OrgId orgId, PersonId personId);
}
