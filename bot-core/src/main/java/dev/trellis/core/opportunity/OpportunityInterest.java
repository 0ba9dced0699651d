package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.SharedItem;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * That a person showed interest in an opportunity: once per person and opportunity. The poster is
 * told (that is what it is for); {@code goalShown} is the number of the person's goal they agreed
 * to show the poster, if any. Their manager is told only when the person chose to: {@code
 * toldManager} is who they told, and {@link dev.trellis.core.privacy.SharedItemAccess} still checks
 * that this is their current manager. Nothing in it is text the person wrote.
 */
public record OpportunityInterest(
    OrgId orgId,
    OpportunityId opportunityId,
    PersonId personId,
    OptionalInt goalShown,
    Optional<PersonId> toldManager,
    Instant at)
    implements SharedItem {

  public OpportunityInterest {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(goalShown, "goalShown");
    Objects.requireNonNull(toldManager, "toldManager");
    Objects.requireNonNull(at, "at");
  }

  /** A new interest, told to no manager. */
  public static OpportunityInterest shown(
      OrgId orgId, OpportunityId opportunity, PersonId person, OptionalInt goal, Instant at) {
    return new OpportunityInterest(orgId, opportunity, person, goal, Optional.empty(), at);
  }

  /** {@code <opportunity id>/<person id>}: one interest per person and opportunity. */
  public String id() {
    return idOf(opportunityId, personId);
  }

  public static String idOf(OpportunityId opportunity, PersonId person) {
    return opportunity.value() + "/" + person.value();
  }

  /** The same interest, told to {@code manager}. */
  public OpportunityInterest toldTo(PersonId manager) {
    return new OpportunityInterest(
        orgId, opportunityId, personId, goalShown, Optional.of(manager), at);
  }

  @Override
  public PersonId ownerId() {
    return personId;
  }

  @Override
  public boolean isSharedWith(PersonId person) {
    return toldManager.filter(person::equals).isPresent();
  }
}
