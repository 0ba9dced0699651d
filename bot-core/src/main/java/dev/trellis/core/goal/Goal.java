package dev.trellis.core.goal;

import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.SharedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A development goal on its owner's career map, with the owner's own {@code number} for it (kept
 * for good, done and dropped goals too). Private to its owner, except for the people in {@code
 * shares}: shared with a person, never a role, so a former manager and a new manager it was not
 * shared with see nothing ({@link dev.trellis.core.privacy.SharedItemAccess} decides). {@code
 * movedAt} is the last time it moved: added, a new next step, done or dropped.
 */
public record Goal(
    GoalId id,
    OrgId orgId,
    PersonId personId,
    int number,
    String text,
    GoalDirection direction,
    Status status,
    Optional<String> nextStep,
    Instant createdAt,
    Instant movedAt,
    List<GoalShare> shares)
    implements SharedItem {

  public static final int MAX_TEXT = 500;

  /** Where a goal stands. */
  public enum Status {
    OPEN,
    DONE,
    DROPPED
  }

  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextStep, "nextStep");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(movedAt, "movedAt");
    shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
    if (number < 1) {
      throw new IllegalArgumentException("A goal number starts at 1, not " + number);
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("A goal has 1-" + MAX_TEXT + " characters");
    }
    if (nextStep.filter(s -> s.isBlank() || s.length() > MAX_TEXT).isPresent()) {
      throw new IllegalArgumentException("A next step has 1-" + MAX_TEXT + " characters");
    }
    if (shares.stream().anyMatch(s -> s.with().equals(personId))) {
      throw new IllegalArgumentException("A goal is not shared with its own owner");
    }
  }

  /** A new open goal, shared with nobody. */
  public static Goal added(
      OrgId orgId, PersonId owner, int number, String text, GoalDirection direction, Instant at) {
    return new Goal(
        GoalId.of(orgId, owner, number),
        orgId,
        owner,
        number,
        text,
        direction,
        Status.OPEN,
        Optional.empty(),
        at,
        at,
        List.of());
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  @Override
  public PersonId ownerId() {
    return personId;
  }

  @Override
  public boolean isSharedWith(PersonId person) {
    return shares.stream().anyMatch(s -> s.with().equals(person));
  }

  public boolean isShared() {
    return !shares.isEmpty();
  }

  public Goal withNextStep(String step, Instant at) {
    return new Goal(
        id,
        orgId,
        personId,
        number,
        text,
        direction,
        status,
        Optional.of(step),
        createdAt,
        at,
        shares);
  }

  public Goal withStatus(Status newStatus, Instant at) {
    return new Goal(
        id, orgId, personId, number, text, direction, newStatus, nextStep, createdAt, at, shares);
  }

  /** The same goal, shared with {@code person} too (unchanged when it already is). */
  public Goal sharedWith(PersonId person, Instant at) {
    if (isSharedWith(person)) {
      return this;
    }
    List<GoalShare> more = new ArrayList<>(shares);
    more.add(new GoalShare(person, at));
    return withShares(more);
  }

  /** The same goal, shared with nobody. */
  public Goal unshared() {
    return withShares(List.of());
  }

  private Goal withShares(List<GoalShare> newShares) {
    return new Goal(
        id, orgId, personId, number, text, direction, status, nextStep, createdAt, movedAt,
        newShares);
  }
}
