package dev.trellis.core.conversation;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine answers an interaction with, for the adapter to render at once (an ephemeral
 * Slack reply, a card update on Teams). Messages to anyone else go through the outbox instead.
 */
public sealed interface Response {

  /**
   * A message to the person who acted. {@code replacesOriginal}: it takes the place of the message
   * whose button was pressed, so the same buttons cannot be pressed twice.
   */
  record Reply(OutboundMessage message, boolean replacesOriginal) implements Response {
    public Reply {
      Objects.requireNonNull(message, "message");
    }
  }

  /** Opens a form for the person. */
  record OpenForm(Form form) implements Response {
    public OpenForm {
      Objects.requireNonNull(form, "form");
    }
  }

  /** The form cannot be taken as it is: an error per input id, shown beside the inputs. */
  record FormErrors(Map<String, String> errors) implements Response {
    public FormErrors {
      errors = Map.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("FormErrors needs at least one error");
      }
    }
  }

  static Reply say(String text) {
    return new Reply(OutboundMessage.builder(text).build(), false);
  }

  static Reply replace(String text) {
    return new Reply(OutboundMessage.builder(text).build(), true);
  }
}
