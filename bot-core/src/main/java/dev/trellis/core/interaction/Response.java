package dev.trellis.core.interaction;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine answers an interaction with, for the adapter to render at once (an ephemeral
 * Slack reply, a card update on Teams). Messages to anyone else go through the outbox instead.
 *
 * <p>Every response is <b>personal</b> unless it says otherwise: it may carry the person's own
 * content (their answers, settings, buddy note, home, …), so adapters show it only to them — on
 * Teams in their 1:1 chat with the bot (a channel or group chat where they asked gets a pointer
 * there), on Slack ephemerally or in their DM, never replacing a message others see. Only answers
 * that plainly carry nothing of the person (help, usage lines) are marked {@link
 * Reply#shownWhereAsked()}, so a new feature cannot leak by forgetting a flag.
 */
public sealed interface Response {

  /** Whether only the person may see this answer (true unless marked otherwise). */
  boolean personal();

  /**
   * A message to the person who acted. {@code replacesOriginal}: it takes the place of the message
   * whose button was pressed, so the same buttons cannot be pressed twice. {@code personal}: see
   * {@link Response}; the two-argument constructor makes a personal reply.
   */
  record Reply(OutboundMessage message, boolean replacesOriginal, boolean personal)
      implements Response {
    public Reply {
      Objects.requireNonNull(message, "message");
    }

    /** A personal reply. */
    public Reply(OutboundMessage message, boolean replacesOriginal) {
      this(message, replacesOriginal, true);
    }

    /**
     * The same reply, marked as carrying nothing of the person's own, so it may be shown where they
     * asked (a channel, a group chat). Only for text that is the same for everyone.
     */
    public Reply shownWhereAsked() {
      return new Reply(message, replacesOriginal, false);
    }
  }

  /** Opens a form for the person; a form is always theirs alone. */
  record OpenForm(Form form) implements Response {
    public OpenForm {
      Objects.requireNonNull(form, "form");
    }

    @Override
    public boolean personal() {
      return true;
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

    @Override
    public boolean personal() {
      return true;
    }
  }

  /** A personal reply. */
  static Reply say(String text) {
    return new Reply(OutboundMessage.builder(text).build(), false);
  }

  /** A personal reply that replaces the message whose button was pressed. */
  static Reply replace(String text) {
    return new Reply(OutboundMessage.builder(text).build(), true);
  }

  /** A reply that carries nothing of the person's own (help, a usage line): see {@link Reply}. */
  static Reply sayWhereAsked(String text) {
    return say(text).shownWhereAsked();
  }
}
