package dev.trellis.core.conversation;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.util.Optional;

/** Where a person is reached: Slack when they have a Slack id, else Teams, else nowhere. */
public final class Recipients {

  private Recipients() {}

  /** The person's address on one platform, if they have one there. */
  public static Optional<Recipient> on(Person person, Platform platform) {
    Optional<String> address =
        platform == Platform.SLACK ? person.slackUserId() : person.teamsAadObjectId();
    return address.map(a -> new Recipient(person.orgId(), person.id(), platform, a));
  }

  public static Optional<Recipient> of(Person person) {
    if (person.slackUserId().isPresent()) {
      return Optional.of(
          new Recipient(person.orgId(), person.id(), Platform.SLACK, person.slackUserId().get()));
    }
    return person
        .teamsAadObjectId()
        .map(id -> new Recipient(person.orgId(), person.id(), Platform.TEAMS, id));
  }
}
