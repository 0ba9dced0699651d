package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One person's own state in a cohort: joined or left, paused until a day (they are back on that
 * day), and the people they asked not to be grouped with.
 */
public record CohortMember(
    PersonId personId, State state, Optional<LocalDate> pausedUntil, Set<PersonId> notWith) {

  public enum State {
    JOINED,
    LEFT
  }

  public CohortMember {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(pausedUntil, "pausedUntil");
    notWith = Set.copyOf(notWith);
  }

  public static CohortMember joined(PersonId personId) {
    return new CohortMember(personId, State.JOINED, Optional.empty(), Set.of());
  }

  /** A member of an opt-out cohort who never said anything: joined. */
  public static CohortMember implicit(PersonId personId) {
    return joined(personId);
  }

  public CohortMember join() {
    return new CohortMember(personId, State.JOINED, Optional.empty(), notWith);
  }

  public CohortMember leave() {
    return new CohortMember(personId, State.LEFT, Optional.empty(), notWith);
  }

  public CohortMember pausedUntil(LocalDate day) {
    return new CohortMember(personId, state, Optional.of(day), notWith);
  }

  public CohortMember notWith(Set<PersonId> people) {
    return new CohortMember(personId, state, pausedUntil, people);
  }

  /** Whether they can be paired on {@code day}: joined, and not paused past that day. */
  public Availability availabilityOn(LocalDate day) {
    if (state == State.LEFT) {
      return new Availability.OptedOut();
    }
    if (pausedUntil.isPresent() && pausedUntil.get().isAfter(day)) {
      return new Availability.PausedUntil(pausedUntil.get());
    }
    return Availability.AVAILABLE;
  }
}
