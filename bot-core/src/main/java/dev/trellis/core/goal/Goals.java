package dev.trellis.core.goal;

import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** People's goals. Texts are stored encrypted; these methods speak plain text. */
public interface Goals {

  /**
   * Stores a new open goal under the person's next number: 1, then 2, … Never the same number twice
   * for one person, even when two adds run at once, and never one of a goal done or dropped.
   */
  Goal add(OrgId orgId, PersonId personId, String text, GoalDirection direction, Instant at);

  /** Stores a changed goal. */
  void save(Goal goal);

  Optional<Goal> findById(OrgId orgId, GoalId id);

  Optional<Goal> findByNumber(OrgId orgId, PersonId personId, int number);

  /** All the person's goals, done and dropped too, by number. */
  List<Goal> ofPerson(OrgId orgId, PersonId personId);

  /**
   * The person's open goals shared with {@code recipient}, by number. Only the store's narrowing:
   * who may see them is {@link dev.trellis.core.privacy.SharedItemAccess}'s to decide.
   */
  List<Goal> openSharedWith(OrgId orgId, PersonId personId, PersonId recipient);

  /**
   * Hands every open goal of the org to {@code each}, read in batches rather than person by person
   * (the weekly opportunity digest matches a whole org at once).
   */
  void forEachOpen(OrgId orgId, Consumer<Goal> each);

  /**
   * Each goal of the org last moved (added, stepped, done, dropped) at or after {@code since},
   * without its text: analytics reads its owner, direction, status and days.
   */
  void eachMovedSince(OrgId orgId, Instant since, Consumer<Moved> each);

  /** A goal as analytics counts it. */
  record Moved(
      PersonId personId,
      GoalDirection direction,
      Goal.Status status,
      Instant createdAt,
      Instant movedAt) {}

  /**
   * Erasure: the person's goals stay counted (direction, status) under the anonymous id, without
   * their text or next step; goals shared with the person name the anonymous id. The person's
   * numbering starts afresh.
   */
  void eraseOf(Erasure erasure);
}
