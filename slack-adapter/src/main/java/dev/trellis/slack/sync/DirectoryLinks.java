package dev.trellis.slack.sync;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org's people as a sync changes them: found by email, linked to Slack user ids so that one
 * Slack id belongs to one person at most, and handed out in batches of those that changed.
 */
final class DirectoryLinks {

  enum Result {
    LINKED,
    RELINKED,
    ALREADY_LINKED
  }

  private final Map<PersonId, Person> people = new LinkedHashMap<>();
  private final Map<Email, PersonId> byEmail = new HashMap<>();
  private final Map<String, PersonId> bySlackId = new HashMap<>();
  private final Set<PersonId> changed = new LinkedHashSet<>();
  private int unlinked;

  DirectoryLinks(List<Person> everyone) {
    for (Person person : everyone) {
      people.put(person.id(), person);
      byEmail.put(person.email(), person.id());
      person.slackUserId().ifPresent(id -> bySlackId.put(id, person.id()));
    }
  }

  Optional<Person> byEmail(Email email) {
    return Optional.ofNullable(byEmail.get(email)).map(people::get);
  }

  /** Gives {@code person} the Slack id, taking it from anyone else who had it. */
  Result link(Person person, String slackUserId) {
    if (person.slackUserId().filter(slackUserId::equals).isPresent()) {
      return Result.ALREADY_LINKED;
    }
    PersonId previousHolder = bySlackId.get(slackUserId);
    if (previousHolder != null) {
      replace(people.get(previousHolder).withSlackUserId(Optional.empty()));
      unlinked++;
    }
    person.slackUserId().ifPresent(bySlackId::remove);
    replace(person.withSlackUserId(Optional.of(slackUserId)));
    bySlackId.put(slackUserId, person.id());
    return person.slackUserId().isPresent() ? Result.RELINKED : Result.LINKED;
  }

  /** Gives the person another time zone. */
  void moveTo(PersonId id, ZoneId zone) {
    replace(people.get(id).withTimeZone(zone));
  }

  /** People who lost their Slack id to someone else so far. */
  int unlinked() {
    return unlinked;
  }

  /** The people changed since the last call, in the state to save. */
  List<Person> takeChanged() {
    List<Person> batch = new ArrayList<>();
    changed.forEach(id -> batch.add(people.get(id)));
    changed.clear();
    return batch;
  }

  private void replace(Person person) {
    people.put(person.id(), person);
    changed.add(person.id());
  }
}
