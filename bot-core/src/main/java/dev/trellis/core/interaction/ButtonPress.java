package dev.trellis.core.interaction;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A press of a button Trellis sent.
 *
 * @param action the action id of the button
 * @param value the value the button carried; may be empty
 * @param message the message the button was on, when the platform says (so it can be updated)
 * @param trigger the platform's handle for opening a form in answer; empty when it gave none
 */
public record ButtonPress(
    OrgId orgId,
    PersonId personId,
    Platform platform,
    Instant receivedAt,
    ActionId action,
    String value,
    Optional<MessageRef> message,
    String trigger)
    implements Interaction {

  public ButtonPress {
    Interactions.requireOrigin(orgId, personId, platform, receivedAt);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(trigger, "trigger");
    if (message.isPresent() && message.get().platform() != platform) {
      throw new IllegalArgumentException(
          "A button pressed on "
              + platform
              + " cannot be on a "
              + message.get().platform()
              + " message");
    }
  }

  /** Whether the platform gave a handle to open a form with. */
  public boolean canOpenForm() {
    return !trigger.isBlank();
  }
}
