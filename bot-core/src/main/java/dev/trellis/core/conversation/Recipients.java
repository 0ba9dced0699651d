package dev.trellis.core.conversation;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.util.Optional;

/** Where a person is reached: Slack when they have a Slack id, else Teams, else nowhere. */
public final class Recipients {

  private Recipients() {}

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
