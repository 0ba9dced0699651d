package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fixtures and small in-memory fakes for the Teams inbound tests. */
final class TeamsTestWorld {

  private TeamsTestWorld() {}

  /** A Teams sample payload from {@code shared/fixtures/teams} (see its SOURCES.md). */
  static String fixture(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(Path.of("shared", "fixtures", "teams", name));
      if (Files.isRegularFile(file)) {
        try {
          return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("Fixture not found: " + name);
  }

  /** A fixture as a tree, to derive a variant from (each derivation is named in its test). */
  static ObjectNode tree(String name) {
    return (ObjectNode) TeamsActivityJson.tree(fixture(name));
  }

  static Person person(OrgId org, String id, String email, String aadObjectId) {
    return new Person(
        new PersonId(id),
        org,
        new Email(email),
        id,
        Optional.empty(),
        Optional.empty(),
        ZoneId.of("Europe/Berlin"),
        WorkingDays.MONDAY_TO_FRIDAY,
        QuietHours.DEFAULT,
        Optional.empty(),
        Optional.ofNullable(aadObjectId));
  }

  static final class FakeOrgs implements Orgs {
    final Map<OrgId, Org> orgs = new LinkedHashMap<>();

    FakeOrgs with(Org org) {
      orgs.put(org.id(), org);
      return this;
    }

    @Override
    public Optional<Org> findById(OrgId id) {
      return Optional.ofNullable(orgs.get(id));
    }

    @Override
    public Optional<Org> findBySlackTeamId(String slackTeamId) {
      return orgs.values().stream()
          .filter(o -> o.slackTeamId().equals(Optional.of(slackTeamId)))
          .findFirst();
    }

    @Override
    public Optional<Org> findByTeamsTenantId(String teamsTenantId) {
      return orgs.values().stream()
          .filter(o -> o.teamsTenantId().equals(Optional.of(teamsTenantId)))
          .findFirst();
    }

    @Override
    public void save(Org org) {
      orgs.put(org.id(), org);
    }

    @Override
    public List<Org> findAll() {
      return List.copyOf(orgs.values());
    }
  }

  static final class FakePeople implements People {
    final Map<PersonId, Person> people = new LinkedHashMap<>();

    FakePeople with(Person person) {
      people.put(person.id(), person);
      return this;
    }

    @Override
    public Optional<Person> findByEmail(OrgId orgId, Email email) {
      return people.values().stream()
          .filter(p -> p.orgId().equals(orgId) && p.email().equals(email))
          .findFirst();
    }

    @Override
    public List<Person> findByIds(OrgId orgId, Collection<PersonId> ids) {
      return people.values().stream()
          .filter(p -> p.orgId().equals(orgId) && ids.contains(p.id()))
          .toList();
    }

    @Override
    public Optional<Person> findBySlackUserId(OrgId orgId, String slackUserId) {
      return Optional.empty();
    }

    @Override
    public Optional<Person> findByTeamsAadObjectId(OrgId orgId, String aadObjectId) {
      return people.values().stream()
          .filter(
              p -> p.orgId().equals(orgId) && p.teamsAadObjectId().equals(Optional.of(aadObjectId)))
          .findFirst();
    }

    @Override
    public List<Person> findAll(OrgId orgId) {
      return people.values().stream().filter(p -> p.orgId().equals(orgId)).toList();
    }

    @Override
    public dev.trellis.core.directory.Page<Person> list(
        OrgId orgId, dev.trellis.core.directory.PageRequest pageRequest) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void saveAll(OrgId orgId, Collection<Person> saved) {
      saved.forEach(p -> people.put(p.id(), p));
    }
  }

  /** Keeps what was accepted; never hands anything out (the tests handle requests themselves). */
  static final class RecordingInbox implements Inbox {
    final List<InboundRequest> accepted = new ArrayList<>();

    @Override
    public boolean accept(InboundRequest request) {
      if (accepted.stream().anyMatch(r -> r.key().equals(request.key()))) {
        return false;
      }
      accepted.add(request);
      return true;
    }

    @Override
    public List<InboundRequest> claim(String owner, Instant now, Instant leaseUntil, int limit) {
      return List.of();
    }

    @Override
    public Optional<InboundRequest> claimAccepted(
        String key, String owner, Instant now, Instant leaseUntil) {
      return Optional.empty();
    }

    @Override
    public void workDone(InboundRequest request, String answer) {}

    @Override
    public void finish(String key, String outcome, Instant at) {}

    @Override
    public void retryLater(String key, Instant dueAt) {}

    @Override
    public int forgetFinishedBefore(Instant cutoff) {
      return 0;
    }
  }
}
