package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The digest's matches for people of an org. What matching needs of the whole org (its open
 * opportunities, their posters' departments, everyone's open goals, read in batches) is read once
 * and kept for a minute, the time of one run of due steps: a weekly digest of 50,000 people comes
 * in 50 batches of 1,000, each asked which steps it still wants and then run, and none of them
 * reads the org again. What each person has seen is read per batch, by id. The goals kept are not
 * written anywhere; a later call drops them once their minute is over.
 */
public final class DigestMatches {

  /** How long what was read of an org serves further batches. */
  static final Duration KEPT = Duration.ofMinutes(1);

  private record OrgRead(
      OrgId orgId, Instant at, OpportunityMatching matching, Map<PersonId, List<Goal>> goals) {}

  private final Opportunities opportunities;
  private final Goals goals;
  private final People people;
  private final SeenOpportunities seen;
  private final Map<OrgId, OrgRead> read = new HashMap<>();

  public DigestMatches(
      Opportunities opportunities, Goals goals, People people, SeenOpportunities seen) {
    this.opportunities = opportunities;
    this.goals = goals;
    this.people = people;
    this.seen = seen;
  }

  /**
   * For each of the people (all of {@code orgId}), the {@code most} best opportunities that suit
   * them and that they have not seen, best first; a person nothing suits is left out.
   */
  public Map<PersonId, List<OpportunityMatch>> of(
      OrgId orgId, Collection<Person> persons, Instant now, int most) {
    OrgRead org = orgRead(orgId, now);
    Map<PersonId, List<OpportunityMatch>> found = new LinkedHashMap<>();
    if (org.matching().size() == 0) {
      return found;
    }
    List<Person> withGoals = persons.stream().filter(p -> org.goals().containsKey(p.id())).toList();
    Map<PersonId, Set<OpportunityId>> shown =
        seen.seenBy(orgId, withGoals.stream().map(Person::id).toList());
    for (Person person : withGoals) {
      List<OpportunityMatch> matches =
          org.matching()
              .matchesFor(
                  person,
                  org.goals().get(person.id()),
                  shown.getOrDefault(person.id(), Set.of()),
                  LocalDate.ofInstant(now, person.timeZone()),
                  most);
      if (!matches.isEmpty()) {
        found.put(person.id(), matches);
      }
    }
    return found;
  }

  /**
   * Which of the people (all of {@code orgId}) some opportunity suits that they have not seen:
   * those {@link #of} would answer, found without ranking or spelling out their matches.
   */
  public Set<PersonId> suited(OrgId orgId, Collection<Person> persons, Instant now) {
    OrgRead org = orgRead(orgId, now);
    Set<PersonId> suited = new HashSet<>();
    if (org.matching().size() == 0) {
      return suited;
    }
    List<Person> withGoals = persons.stream().filter(p -> org.goals().containsKey(p.id())).toList();
    Map<PersonId, Set<OpportunityId>> shown =
        seen.seenBy(orgId, withGoals.stream().map(Person::id).toList());
    for (Person person : withGoals) {
      if (org.matching()
          .suitsAny(
              person,
              org.goals().get(person.id()),
              shown.getOrDefault(person.id(), Set.of()),
              LocalDate.ofInstant(now, person.timeZone()))) {
        suited.add(person.id());
      }
    }
    return suited;
  }

  private synchronized OrgRead orgRead(OrgId orgId, Instant now) {
    read.values().removeIf(r -> !isFresh(r, now));
    OrgRead org = read.get(orgId);
    if (org == null) {
      org = readOrg(orgId, now);
      read.put(orgId, org);
    }
    return org;
  }

  private static boolean isFresh(OrgRead read, Instant now) {
    return !now.isBefore(read.at()) && now.isBefore(read.at().plus(KEPT));
  }

  /** Open on some zone's today: each person's own day is checked when they are matched. */
  private OrgRead readOrg(OrgId orgId, Instant now) {
    List<Opportunity> open =
        opportunities.openOn(orgId, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1));
    Map<PersonId, Person> posters =
        people.byIds(orgId, open.stream().map(Opportunity::postedBy).distinct().toList());
    OpportunityMatching matching =
        new OpportunityMatching(
            open, poster -> Optional.ofNullable(posters.get(poster)).flatMap(Person::department));
    Map<PersonId, List<Goal>> byPerson = new HashMap<>();
    if (!open.isEmpty()) {
      goals.forEachOpen(
          orgId, g -> byPerson.computeIfAbsent(g.personId(), p -> new ArrayList<>(2)).add(g));
    }
    return new OrgRead(orgId, now, matching, byPerson);
  }
}
