package dev.trellis.core.step;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.Availability;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every {@link StepSource} plans from, read once per planning run: the org's people, when each
 * may be sent something (zone, working days, quiet hours, org holidays, pause), and their own
 * settings.
 */
public record PlanningOrg(
    OrgId orgId,
    List<Person> people,
    Map<PersonId, Availability> availability,
    Map<PersonId, PersonSettings> changedSettings) {

  public PlanningOrg {
    people = List.copyOf(people);
    availability = Map.copyOf(availability);
    changedSettings = Map.copyOf(changedSettings);
  }

  /** Empty for someone not (or no longer) in the org's directory. */
  public Optional<Availability> availabilityOf(PersonId personId) {
    return Optional.ofNullable(availability.get(personId));
  }

  /** The person's settings; the defaults when they never changed one. */
  public PersonSettings settingsOf(PersonId personId) {
    return changedSettings.getOrDefault(personId, PersonSettings.DEFAULT);
  }
}
