package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link People} held in memory for core tests. It keeps the contract of the Mongo store: every
 * call is scoped to one org, one person per org and email, and a person of another org is refused.
 */
public final class InMemoryPeople implements People {

  private final Map<PersonId, Person> byId = new LinkedHashMap<>();
  private final List<List<Person>> savedBatches = new ArrayList<>();
  private int written;

  /** Stores people directly, as if an earlier import had saved them. */
  public InMemoryPeople given(Person... people) {
    for (Person person : people) {
      saveAll(person.orgId(), List.of(person));
    }
    written = 0;
    savedBatches.clear();
    return this;
  }

  /** How many people {@link #saveAll} has written since the fake was created or given people. */
  public int written() {
    return written;
  }

  /** Each batch {@link #saveAll} was called with since the fake was created or given people. */
  public List<List<Person>> savedBatches() {
    return savedBatches;
  }

  /** The stored person with this id, for assertions; fails when there is none. */
  public Person get(PersonId id) {
    Person person = byId.get(id);
    if (person == null) {
      throw new AssertionError("No person " + id.value());
    }
    return person;
  }

  /** The stored person with this email, for assertions; fails when there is none. */
  public Person get(OrgId orgId, String email) {
    return findByEmail(orgId, new Email(email))
        .orElseThrow(() -> new AssertionError("No person " + email + " in org " + orgId));
  }

  @Override
  public Optional<Person> findByEmail(OrgId orgId, Email email) {
    return inOrg(orgId).filter(p -> p.email().equals(email)).findFirst();
  }

  @Override
  public Optional<Person> findBySlackUserId(OrgId orgId, String slackUserId) {
    return inOrg(orgId).filter(p -> p.slackUserId().equals(Optional.of(slackUserId))).findFirst();
  }

  @Override
  public Optional<Person> findByTeamsAadObjectId(OrgId orgId, String aadObjectId) {
    return inOrg(orgId)
        .filter(p -> p.teamsAadObjectId().equals(Optional.of(aadObjectId)))
        .findFirst();
  }

  @Override
  public List<Person> findByIds(OrgId orgId, Collection<PersonId> ids) {
    Set<PersonId> wanted = Set.copyOf(ids);
    return inOrg(orgId).filter(p -> wanted.contains(p.id())).toList();
  }

  @Override
  public List<Person> findAll(OrgId orgId) {
    return inOrg(orgId).toList();
  }

  @Override
  public Page<Person> list(OrgId orgId, PageRequest pageRequest) {
    List<Person> all = inOrg(orgId).sorted(Comparator.comparing(p -> p.email().value())).toList();
    List<Person> items = all.stream().skip(pageRequest.offset()).limit(pageRequest.size()).toList();
    return new Page<>(items, pageRequest.page(), pageRequest.size(), all.size());
  }

  @Override
  public void saveAll(OrgId orgId, Collection<Person> people) {
    for (Person person : people) {
      if (!person.orgId().equals(orgId)) {
        throw new IllegalStateException(
            "Refusing to save " + person.email() + " of org " + person.orgId() + " in " + orgId);
      }
      Optional<Person> sameEmail =
          findByEmail(orgId, person.email()).filter(p -> !p.id().equals(person.id()));
      if (sameEmail.isPresent()) {
        throw new IllegalStateException(
            "Duplicate email " + person.email() + " in org " + orgId + " (unique index)");
      }
      byId.put(person.id(), person);
      written++;
    }
    savedBatches.add(List.copyOf(people));
  }

  private java.util.stream.Stream<Person> inOrg(OrgId orgId) {
    return new ArrayList<>(byId.values()).stream().filter(p -> p.orgId().equals(orgId));
  }

  @Override
  public String toString() {
    return byId.values().stream().map(p -> p.email().value()).collect(Collectors.joining(", "));
  }
}
