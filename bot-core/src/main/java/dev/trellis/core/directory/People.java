package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The people of each org. Every method is scoped to one org. */
public interface People {

  Optional<Person> findByEmail(OrgId orgId, Email email);

  List<Person> findByIds(OrgId orgId, Collection<PersonId> ids);

  /** The person of this id; empty when they are not (or no longer) in the org's directory. */
  default Optional<Person> findById(OrgId orgId, PersonId id) {
    return findByIds(orgId, List.of(id)).stream().findFirst();
  }

  /** The people of these ids, by id; those not in the directory are missing. */
  default Map<PersonId, Person> byIds(OrgId orgId, Collection<PersonId> ids) {
    Map<PersonId, Person> found = new HashMap<>();
    findByIds(orgId, ids).forEach(person -> found.put(person.id(), person));
    return found;
  }

  /** The person with this Slack user id, for every request from Slack (a hot path). */
  Optional<Person> findBySlackUserId(OrgId orgId, String slackUserId);

  /** The person with this Teams (Azure AD) object id, for every activity from Teams. */
  Optional<Person> findByTeamsAadObjectId(OrgId orgId, String aadObjectId);

  /** Everyone in the org; for bulk work such as imports, not for hot paths. */
  List<Person> findAll(OrgId orgId);

  /** One page of the org's people, ordered by email. */
  Page<Person> list(OrgId orgId, PageRequest pageRequest);

  /**
   * One page of the org's people whose email, name or department contains {@code query} in any
   * case, ordered by email; a blank query is {@link #list}.
   */
  default Page<Person> search(OrgId orgId, String query, PageRequest pageRequest) {
    if (query == null || query.isBlank()) {
      return list(orgId, pageRequest);
    }
    String wanted = query.strip().toLowerCase(Locale.ROOT);
    List<Person> found =
        findAll(orgId).stream()
            .filter(
                p ->
                    p.email().value().toLowerCase(Locale.ROOT).contains(wanted)
                        || p.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || p.department()
                            .filter(d -> d.toLowerCase(Locale.ROOT).contains(wanted))
                            .isPresent())
            .sorted(Comparator.comparing(p -> p.email().value()))
            .toList();
    int from = (int) Math.min(pageRequest.offset(), found.size());
    int to = Math.min(from + pageRequest.size(), found.size());
    return new Page<>(
        found.subList(from, to), pageRequest.page(), pageRequest.size(), found.size());
  }

  /** Inserts or replaces each person by id. */
  void saveAll(OrgId orgId, Collection<Person> people);
}
