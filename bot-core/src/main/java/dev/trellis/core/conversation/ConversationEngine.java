package dev.trellis.core.conversation;

import dev.trellis.core.buddy.CoordinatingMeetups;
import dev.trellis.core.buddy.MeetupActions;
import dev.trellis.core.command.CommandGrammar;
import dev.trellis.core.command.ParseResult;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Interaction;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.oneonone.OneOnOneActions;
import dev.trellis.core.oneonone.RecordingOutcomes;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.core.reflection.AnsweringReflections;
import dev.trellis.core.reflection.ReflectionActions;
import dev.trellis.core.reflection.ReflectionMessages;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point for everything people do, on any platform: commands, button presses, form
 * submissions and free text. It finds the person and hands the interaction to the flow it belongs
 * to; adapters render the {@link Response}.
 */
public final class ConversationEngine {

  private final People people;
  private final AnsweringReflections reflections;
  private final RunningCommands commands;
  private final RecordingOutcomes oneOnOneOutcomes;
  private final CoordinatingMeetups meetups;
  private final UnreachableRecipients unreachable;
  private final LastUsedPlatforms lastUsed;

  /** {@code unreachable}: someone who acts on a platform can be reached there again. */
  public ConversationEngine(
      People people,
      AnsweringReflections reflections,
      RunningCommands commands,
      RecordingOutcomes oneOnOneOutcomes,
      CoordinatingMeetups meetups,
      UnreachableRecipients unreachable) {
    this(
        people,
        reflections,
        commands,
        oneOnOneOutcomes,
        meetups,
        unreachable,
        LastUsedPlatforms.NONE);
  }

  /** {@code lastUsed}: the platform someone acts on is where their messages go (unless chosen). */
  public ConversationEngine(
      People people,
      AnsweringReflections reflections,
      RunningCommands commands,
      RecordingOutcomes oneOnOneOutcomes,
      CoordinatingMeetups meetups,
      UnreachableRecipients unreachable,
      LastUsedPlatforms lastUsed) {
    this.lastUsed = lastUsed;
    this.meetups = meetups;
    this.unreachable = unreachable;
    this.people = people;
    this.reflections = reflections;
    this.commands = commands;
    this.oneOnOneOutcomes = oneOnOneOutcomes;
  }

  public Response handle(Interaction interaction) {
    Optional<Person> person =
        people.findByIds(interaction.orgId(), List.of(interaction.personId())).stream().findFirst();
    if (person.isEmpty()) {
      return Response.say("I do not know you yet: ask your Trellis admin to add you.");
    }
    Recipients.on(person.get(), interaction.platform()).ifPresent(unreachable::clear);
    lastUsed.record(interaction.orgId(), interaction.personId(), interaction.platform());
    if (interaction instanceof CommandLine line) {
      return commands.run(
          person.get(), CommandGrammar.parse(line), line.receivedAt(), line.platform());
    }
    if (interaction instanceof ButtonPress press) {
      if (ReflectionActions.isReflectionAction(press.action())) {
        return reflections.press(person.get(), press);
      }
      if (OneOnOneActions.isOneOnOneAction(press.action())) {
        return oneOnOneOutcomes.press(person.get(), press);
      }
      if (MeetupActions.isBuddyAction(press.action())) {
        return meetups.press(person.get(), press);
      }
      return Response.sayWhereAsked("That button is no longer in use.");
    }
    if (interaction instanceof FormSubmission form) {
      if (form.submitAction().equals(ReflectionActions.SUBMIT)) {
        return reflections.submit(person.get(), form);
      }
      if (form.submitAction().equals(MeetupActions.COUNTER)) {
        return meetups.submit(person.get(), form);
      }
      return Response.sayWhereAsked("That form is no longer in use.");
    }
    TextReply text = (TextReply) interaction;
    if (CommandGrammar.startsWithCommandWord(text.text())) {
      return commandBeforeAnswer(person.get(), text);
    }
    return reflections
        .reply(person.get(), text.text(), text.receivedAt())
        .orElseGet(() -> typedCommand(person.get(), text));
  }

  /**
   * A line that starts with a command word is a command whatever question is open, even when the
   * rest does not parse (it gets its usage line): the open question stays open, and the person is
   * told that the Answer button takes such words as an answer.
   */
  private Response commandBeforeAnswer(Person person, TextReply text) {
    ParseResult parsed = CommandGrammar.parse(text.platform(), "", text.text());
    if (parsed instanceof ParseResult.Usage usage
        && reflections.hasOpenPrompt(person, text.receivedAt())) {
      return Response.say(usage.message() + "\n\n" + ReflectionMessages.COMMAND_WORD_ANSWERS);
    }
    return commands.run(person, parsed, text.receivedAt(), text.platform());
  }

  private Response typedCommand(Person person, TextReply text) {
    ParseResult parsed = CommandGrammar.parse(text.platform(), "", text.text());
    if (parsed instanceof ParseResult.Parsed || CommandGrammar.startsWithCommandWord(text.text())) {
      return commands.run(person, parsed, text.receivedAt(), text.platform());
    }
    return Response.say(
        "There is no open question right now, and I did not understand that as a command. Type"
            + " help to see what I can do.");
  }
}
