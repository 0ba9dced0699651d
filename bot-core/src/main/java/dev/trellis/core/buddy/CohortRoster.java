package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.privacy.SmallCounts;
import dev.trellis.core.privacy.SmallCounts.Cell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * How many of the members take part, are paused or left, on a day: each their own choice, so an
   * admin sees counts only, empty where {@link SmallCounts} hides them.
   */
  public record Figures(
      int members, Optional<Integer> takingPart, Optional<Integer> paused, Optional<Integer> left) {

    public static Figures of(List<Membership> members, LocalDate day) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      counts.put("takingPart", 0);
      counts.put("paused", 0);
      counts.put("left", 0);
      for (Membership m : members) {
        Availability availability = m.member().availabilityOn(day);
        String cell =
            availability instanceof Availability.PausedUntil
                ? "paused"
                : availability instanceof Availability.OptedOut ? "left" : "takingPart";
        counts.merge(cell, 1, Integer::sum);
      }
      Map<String, Cell> cells = new LinkedHashMap<>();
      counts.forEach((cell, count) -> cells.put(cell, Cell.ofPeople(count)));
      Map<String, Optional<Integer>> shown = SmallCounts.shown(members.size(), cells);
      return new Figures(
          members.size(), shown.get("takingPart"), shown.get("paused"), shown.get("left"));
    }
  }

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
