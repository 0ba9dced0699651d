package dev.trellis.core.conversation;

import dev.trellis.core.command.ParseResult;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.ButtonHandler;
import dev.trellis.core.feature.FormHandler;
import dev.trellis.core.feature.FreeTextHandler;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.outbox.UnreachableRecipients;
import java.util.Optional;

/**
 * The one entry point for everything people do, on any platform: commands, button presses, form
 * submissions and free text. It finds the person and hands the interaction to the feature whose
 * route it is ({@link Routes}); adapters render the {@link Response}. It knows no feature.
 */
public final class ConversationEngine {

  private final People people;
  private final Routes routes;
  private final RunningCommands commands;
  private final ReadingCommands reading;
  private final UnreachableRecipients unreachable;
  private final LastUsedPlatforms lastUsed;

  /**
   * {@code unreachable}: someone who acts on a platform can be reached there again. {@code
   * lastUsed}: the platform someone acts on is where their messages go (unless they chose one).
   */
  public ConversationEngine(
      People people, Routes routes, UnreachableRecipients unreachable, LastUsedPlatforms lastUsed) {
    this.people = people;
    this.routes = routes;
    this.commands = new RunningCommands(routes);
    this.reading = new ReadingCommands(routes);
    this.unreachable = unreachable;
    this.lastUsed = lastUsed;
  }

  public Response handle(Interaction interaction) {
    Optional<Person> found = people.findById(interaction.orgId(), interaction.personId());
    if (found.isEmpty()) {
      return Response.say("I do not know you yet: ask your Trellis admin to add you.");
    }
    Person person = found.get();
    Recipients.on(person, interaction.platform()).ifPresent(unreachable::clear);
    lastUsed.record(interaction.orgId(), interaction.personId(), interaction.platform());
    if (interaction instanceof CommandLine line) {
      return commands.run(person, reading.parse(line), line.platform(), line.receivedAt());
    }
    if (interaction instanceof ButtonPress press) {
      return routes
          .button(press.action())
          .map((ButtonHandler handler) -> handler.press(person, press))
          .orElseGet(() -> Response.sayWhereAsked("That button is no longer in use."));
    }
    if (interaction instanceof FormSubmission form) {
      return routes
          .form(form.submitAction())
          .map((FormHandler handler) -> handler.submit(person, form))
          .orElseGet(() -> Response.sayWhereAsked("That form is no longer in use."));
    }
    TextReply text = (TextReply) interaction;
    if (reading.startsWithCommandWord(text.text())) {
      return commandBeforeAnswer(person, text);
    }
    return routes.freeText().stream()
        .map(handler -> handler.answer(person, text))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseGet(() -> typedCommand(person, text));
  }

  /**
   * A line that starts with a command word is a command whatever question is open, even when the
   * rest does not parse (it gets its usage line): the open question stays open, and the person is
   * told how to answer with such words.
   */
  private Response commandBeforeAnswer(Person person, TextReply text) {
    ParseResult parsed = reading.parse(text.platform(), "", text.text());
    if (parsed instanceof ParseResult.Usage usage) {
      Optional<String> note =
          routes.freeText().stream()
              .map((FreeTextHandler handler) -> handler.noteWhileOpen(person, text.receivedAt()))
              .flatMap(Optional::stream)
              .findFirst();
      if (note.isPresent()) {
        return Response.say(usage.message() + "\n\n" + note.get());
      }
    }
    return commands.run(person, parsed, text.platform(), text.receivedAt());
  }

  private Response typedCommand(Person person, TextReply text) {
    ParseResult parsed = reading.parse(text.platform(), "", text.text());
    if (parsed instanceof ParseResult.Parsed || reading.startsWithCommandWord(text.text())) {
      return commands.run(person, parsed, text.platform(), text.receivedAt());
    }
    return Response.say(
        "There is no open question right now, and I did not understand that as a command. Type"
            + " help to see what I can do.");
  }
}
