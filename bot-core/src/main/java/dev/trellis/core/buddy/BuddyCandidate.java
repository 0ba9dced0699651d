package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A cohort member as pairing sees them: who they are, their department and manager (to prefer
 * groups across both and never group a manager with their own report), the people they asked not to
 * be paired with, and whether they can take part this round.
 */
public record BuddyCandidate(
    PersonId personId,
    Optional<String> department,
    Optional<PersonId> managerId,
    Set<PersonId> notWith,
    Availability availability) {

  public BuddyCandidate {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(managerId, "managerId");
    Objects.requireNonNull(availability, "availability");
    notWith = Set.copyOf(notWith);
    department = department.map(String::strip).filter(d -> !d.isEmpty());
  }

  /** An available member with no department, no manager and nobody on their "not with" list. */
  public static BuddyCandidate available(PersonId personId) {
    return new BuddyCandidate(
        personId, Optional.empty(), Optional.empty(), Set.of(), Availability.AVAILABLE);
  }

  public BuddyCandidate inDepartment(String name) {
    return new BuddyCandidate(personId, Optional.of(name), managerId, notWith, availability);
  }

  public BuddyCandidate reportingTo(PersonId manager) {
    return new BuddyCandidate(personId, department, Optional.of(manager), notWith, availability);
  }

  public BuddyCandidate notWith(Set<PersonId> people) {
    return new BuddyCandidate(personId, department, managerId, people, availability);
  }

  public BuddyCandidate with(Availability newAvailability) {
    return new BuddyCandidate(personId, department, managerId, notWith, newAvailability);
  }
}
