package dev.trellis.core.erasure;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.privacy.TextPlace;
import dev.trellis.core.privacy.UnreadableTextException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code forget-me}: says what will be erased and offers "Erase everything" for ten minutes. The
 * button's value is the time it was issued, sealed to the person, so a late press, another person's
 * button or a made-up value erases nothing and gets the reason.
 */
final class ConfirmingErasure {

  static final String NAMESPACE = "erasure";
  static final ActionId CONFIRM = new ActionId(NAMESPACE + ".confirm");
  static final ActionId CANCEL = new ActionId(NAMESPACE + ".cancel");
  static final Duration VALID_FOR = Duration.ofMinutes(10);

  static final String WHAT =
      """
      This erases everything Trellis keeps about you: your profile and identities, settings, \
      reflections and takeaways and what you shared, goals, development time, feedback you asked, \
      gave and received, your buddy groups' notes and meetups, the 1:1 outcomes you pressed, the \
      opportunities you showed interest in, and messages waiting for you. Only anonymous counts \
      stay, with nothing that leads back to you. It cannot be undone. The button works for 10 \
      minutes.""";

  static final String ERASED = "Everything Trellis kept about you is erased. Goodbye!";

  private final TextCipher cipher;
  private final ErasingPerson erasing;

  ConfirmingErasure(TextCipher cipher, ErasingPerson erasing) {
    this.cipher = cipher;
    this.erasing = erasing;
  }

  Response ask(Person person, Instant now) {
    String issued = cipher.encrypt(Long.toString(now.toEpochMilli()), place(person));
    return new Response.Reply(
        OutboundMessage.builder(WHAT)
            .button(new Button(CONFIRM, "Erase everything", issued, Button.Style.DANGER))
            .button(new Button(CANCEL, "Cancel", "cancel", Button.Style.DEFAULT))
            .build(),
        false);
  }

  Response press(Person person, ButtonPress press) {
    if (press.action().equals(CANCEL)) {
      return Response.replace("Nothing was erased.");
    }
    if (!press.action().equals(CONFIRM)) {
      return Response.say("That button is not one Trellis knows. Type forget-me to start again.");
    }
    Optional<Instant> issued = issuedAt(person, press.value());
    if (issued.isEmpty() || issued.get().isAfter(press.receivedAt())) {
      return Response.replace(
          "That button was not issued to you by Trellis, so nothing was erased. Type forget-me"
              + " to erase your data.");
    }
    if (issued.get().plus(VALID_FOR).isBefore(press.receivedAt())) {
      return Response.replace(
          "That button is more than 10 minutes old, so nothing was erased. Type forget-me again"
              + " if you still want everything erased.");
    }
    erasing.erase(person);
    return Response.replace(ERASED);
  }

  private Optional<Instant> issuedAt(Person person, String value) {
    try {
      return Optional.of(
          Instant.ofEpochMilli(Long.parseLong(cipher.decrypt(value, place(person)))));
    } catch (UnreadableTextException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The button belongs to the person: a value copied from another's button does not open. */
  private static TextPlace place(Person person) {
    return new TextPlace("buttons", person.orgId().value(), CONFIRM.value(), person.id().value());
  }
}
