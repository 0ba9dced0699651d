package dev.trellis.teams.sync;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Page;
import dev.trellis.core.directory.PageRequest;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** People in a map, for tests; remembers the size of each saveAll. */
final class InMemoryPeople implements People {

  private final Map<PersonId, Person> byId = new LinkedHashMap<>();
  final List<Integer> savedBatches = new ArrayList<>();

  void add(Person person) {
    byId.put(person.id(), person);
  }

  Person get(PersonId id) {
    return byId.get(id);
  }

  private List<Person> of(OrgId orgId) {
    return byId.values().stream().filter(p -> p.orgId().equals(orgId)).toList();
  }

  @Override
  public Optional<Person> findByEmail(OrgId orgId, Email email) {
    return of(orgId).stream().filter(p -> p.email().equals(email)).findFirst();
  }

  @Override
  public List<Person> findByIds(OrgId orgId, Collection<PersonId> ids) {
    return of(orgId).stream().filter(p -> ids.contains(p.id())).toList();
  }

  @Override
  public Optional<Person> findBySlackUserId(OrgId orgId, String slackUserId) {
    return of(orgId).stream()
        .filter(p -> p.slackUserId().filter(slackUserId::equals).isPresent())
        .findFirst();
  }

  @Override
  public Optional<Person> findByTeamsAadObjectId(OrgId orgId, String aadObjectId) {
    return of(orgId).stream()
        .filter(p -> p.teamsAadObjectId().filter(aadObjectId::equals).isPresent())
        .findFirst();
  }

  @Override
  public List<Person> findAll(OrgId orgId) {
    return of(orgId);
  }

  @Override
  public Page<Person> list(OrgId orgId, PageRequest pageRequest) {
    List<Person> all =
        of(orgId).stream().sorted(Comparator.comparing(p -> p.email().value())).toList();
    int from = Math.min(all.size(), pageRequest.page() * pageRequest.size());
    int to = Math.min(all.size(), from + pageRequest.size());
    return new Page<>(all.subList(from, to), pageRequest.page(), pageRequest.size(), all.size());
  }

  @Override
  public void saveAll(OrgId orgId, Collection<Person> people) {
    savedBatches.add(people.size());
    people.forEach(p -> byId.put(p.id(), p));
  }
}
