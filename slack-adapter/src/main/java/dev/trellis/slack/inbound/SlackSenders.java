package dev.trellis.slack.inbound;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import java.util.Optional;

/** Who sent a Slack request: their org by the workspace, and the person by their Slack user id. */
final class SlackSenders {

  private final Orgs orgs;
  private final People people;

  SlackSenders(Orgs orgs, People people) {
    this.orgs = orgs;
    this.people = people;
  }

  /** The person behind a request, or what to tell someone Trellis does not know. */
  record Resolved(Person person, Optional<String> unknown) {}

  Resolved resolve(String teamId, String userId) {
    Optional<Org> org = teamId == null ? Optional.empty() : orgs.findBySlackTeamId(teamId);
    if (org.isEmpty()) {
      return new Resolved(
          null,
          Optional.of(
              "Trellis is not set up for this Slack workspace yet. Ask your Trellis admin to"
                  + " link it."));
    }
    Optional<Person> person = people.findBySlackUserId(org.get().id(), userId);
    if (person.isEmpty()) {
      return new Resolved(
          null,
          Optional.of(
              "Trellis does not know you yet. Ask your Trellis admin to add you to the people"
                  + " of "
                  + org.get().name()
                  + "."));
    }
    return new Resolved(person.get(), Optional.empty());
  }
}
