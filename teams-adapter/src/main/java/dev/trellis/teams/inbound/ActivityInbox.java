package dev.trellis.teams.inbound;

import com.microsoft.bot.schema.Activity;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where received activities go: the person behind each is resolved (or told what Trellis needs),
 * and what is to be handled after the answer is stored in the inbox.
 */
final class ActivityInbox {

  private static final Logger log = LoggerFactory.getLogger(ActivityInbox.class);

  static final String UNKNOWN_TENANT =
      "Trellis is not set up for your Microsoft 365 organisation yet. Ask your Trellis admin to"
          + " connect it.";

  private final Orgs orgs;
  private final People people;
  private final HandlingInbound inbound;
  private final Clock clock;

  ActivityInbox(Orgs orgs, People people, HandlingInbound inbound, Clock clock) {
    this.orgs = orgs;
    this.people = people;
    this.inbound = inbound;
    this.clock = clock;
  }

  void store(String key, StoredTeamsRequest request) {
    boolean fresh =
        inbound.receive(
            InboundRequest.fresh(
                key,
                Platform.TEAMS,
                request.kind(),
                StoredTeamsRequest.toJson(request),
                clock.instant()));
    if (!fresh) {
      log.info("Teams sent {} again; it was handled already", key);
    }
  }

  /** The org of the activity's tenant, if Trellis serves it. */
  Optional<Org> org(Activity activity) {
    return ActivityFields.tenantId(activity).flatMap(orgs::findByTeamsTenantId);
  }

  /** The person behind an activity, or what to tell someone Trellis does not know. */
  record Resolved(Optional<Person> person, String unknown) {}

  Resolved resolve(Activity activity) {
    Optional<Org> org = org(activity);
    if (org.isEmpty()) {
      return new Resolved(Optional.empty(), UNKNOWN_TENANT);
    }
    Optional<Person> person =
        ActivityFields.aadObjectId(activity)
            .flatMap(aad -> people.findByTeamsAadObjectId(org.get().id(), aad));
    if (person.isEmpty()) {
      return new Resolved(
          Optional.empty(),
          "Trellis does not know you yet. Ask your Trellis admin to add you to the people of "
              + org.get().name()
              + ".");
    }
    return new Resolved(person, "");
  }
}
