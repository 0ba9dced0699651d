package dev.trellis.core.conversation;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.RecipientRoutes;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routes each person's messages as {@link Recipients#inOrder} says, from the directory as it is
 * now: their ids, their chosen platform, the platform they last used, and their org. A few queries
 * per org in a batch. A person no longer in the directory gets the message as it was addressed.
 */
public final class ReachingPeople implements RecipientRoutes {

  private final People people;
  private final PeopleSettings settings;
  private final LastUsedPlatforms lastUsed;
  private final Orgs orgs;

  public ReachingPeople(
      People people, PeopleSettings settings, LastUsedPlatforms lastUsed, Orgs orgs) {
    this.people = people;
    this.settings = settings;
    this.lastUsed = lastUsed;
    this.orgs = orgs;
  }

  @Override
  public Map<Recipient, List<Recipient>> routes(
      Collection<Recipient> stored, Set<Platform> connected) {
    Map<Recipient, List<Recipient>> routes = new HashMap<>();
    Map<OrgId, List<Recipient>> byOrg =
        stored.stream().filter(r -> !r.isGroup()).collect(Collectors.groupingBy(Recipient::orgId));
    byOrg.forEach((orgId, recipients) -> routesInOrg(orgId, recipients, connected, routes));
    return routes;
  }

  private void routesInOrg(
      OrgId orgId,
      List<Recipient> recipients,
      Set<Platform> connected,
      Map<Recipient, List<Recipient>> routes) {
    List<PersonId> ids = recipients.stream().map(Recipient::personId).distinct().toList();
    Map<PersonId, Person> found = new HashMap<>();
    people.findByIds(orgId, ids).forEach(p -> found.put(p.id(), p));
    Map<PersonId, PersonSettings> chosen = settings.findAll(orgId, ids);
    Map<PersonId, Platform> used = lastUsed.of(orgId, ids);
    Optional<Org> org = orgs.findById(orgId);
    for (Recipient recipient : recipients) {
      Person person = found.get(recipient.personId());
      if (person == null) {
        continue;
      }
      List<Recipient> ordered =
          Recipients.inOrder(
              person,
              Optional.ofNullable(chosen.get(person.id())).flatMap(PersonSettings::platform),
              Optional.ofNullable(used.get(person.id())),
              org,
              connected);
      if (!ordered.isEmpty()) {
        routes.put(recipient, ordered);
      }
    }
  }
}
