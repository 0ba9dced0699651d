package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is in a cohort: in an opt-out cohort everyone of the org (those who left are listed as left),
 * in an opt-in cohort only the people who were added or joined (and those who left since). People
 * no longer in the directory are not listed.
 */
public final class CohortRoster {

  private final Cohorts cohorts;
  private final People people;

  public CohortRoster(Cohorts cohorts, People people) {
    this.cohorts = cohorts;
    this.people = people;
  }

  /** A person and their state in the cohort. */
  public record Membership(Person person, CohortMember member) {}

  /** The cohort's members by email. */
  public List<Membership> of(Cohort cohort) {
    Map<PersonId, CohortMember> stored = new HashMap<>();
    for (CohortMember m : cohorts.members(cohort.orgId(), cohort.id())) {
      stored.put(m.personId(), m);
    }
    List<Person> persons =
        cohort.policy() == Cohort.Policy.OPT_OUT
            ? people.findAll(cohort.orgId())
            : people.findByIds(cohort.orgId(), stored.keySet());
    List<Membership> result = new ArrayList<>(persons.size());
    for (Person p : persons) {
      result.add(new Membership(p, stored.getOrDefault(p.id(), CohortMember.implicit(p.id()))));
    }
    result.sort(Comparator.comparing(m -> m.person().email().value()));
    return result;
  }
}
