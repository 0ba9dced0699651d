package dev.trellis.slack.sync;

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

/** People in a map, remembering each batch saved. */
final class InMemoryPeople implements People {

  private final Map<PersonId, Person> people = new LinkedHashMap<>();
  private final List<List<Person>> savedBatches = new ArrayList<>();

  InMemoryPeople(Person... initial) {
    for (Person person : initial) {
      people.put(person.id(), person);
    }
  }

  @Override
  public Optional<Person> findByEmail(OrgId orgId, Email email) {
    return inOrg(orgId).stream().filter(p -> p.email().equals(email)).findFirst();
  }

  @Override
  public List<Person> findByIds(OrgId orgId, Collection<PersonId> ids) {
    return inOrg(orgId).stream().filter(p -> ids.contains(p.id())).toList();
  }

  // No @Override: newer versions of People declare these two, older ones do not.
  public Optional<Person> findBySlackUserId(OrgId orgId, String slackUserId) {
    return inOrg(orgId).stream()
        .filter(p -> p.slackUserId().filter(slackUserId::equals).isPresent())
        .findFirst();
  }

  public Optional<Person> findByTeamsAadObjectId(OrgId orgId, String aadObjectId) {
    return inOrg(orgId).stream()
        .filter(p -> p.teamsAadObjectId().filter(aadObjectId::equals).isPresent())
        .findFirst();
  }

  @Override
  public List<Person> findAll(OrgId orgId) {
    return inOrg(orgId);
  }

  @Override
  public Page<Person> list(OrgId orgId, PageRequest request) {
    List<Person> sorted =
        inOrg(orgId).stream().sorted(Comparator.comparing(p -> p.email().value())).toList();
    List<Person> items = sorted.stream().skip(request.offset()).limit(request.size()).toList();
    return new Page<>(items, request.page(), request.size(), sorted.size());
  }

  @Override
  public void saveAll(OrgId orgId, Collection<Person> batch) {
    for (Person person : batch) {
      if (!person.orgId().equals(orgId)) {
        throw new IllegalArgumentException("Saving a person of another org");
      }
      people.put(person.id(), person);
    }
    savedBatches.add(List.copyOf(batch));
  }

  Person get(String id) {
    return people.get(new PersonId(id));
  }

  List<List<Person>> savedBatches() {
    return savedBatches;
  }

  private List<Person> inOrg(OrgId orgId) {
    return people.values().stream().filter(p -> p.orgId().equals(orgId)).toList();
  }
}
