package dev.trellis.core.interaction;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.time.Instant;

/**
 * What comes back from a person, whatever the platform: a command line, a button press, a form
 * submission or a free-text reply. Adapters turn platform payloads into these at the border; the
 * engine never sees a Slack or Teams payload.
 */
public sealed interface Interaction permits CommandLine, ButtonPress, FormSubmission, TextReply {

  OrgId orgId();

  /** The person who acted, already resolved from their platform id by the adapter. */
  PersonId personId();

  Platform platform();

  /** When Trellis received it from the platform. */
  Instant receivedAt();
}
