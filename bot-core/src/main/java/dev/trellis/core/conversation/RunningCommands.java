package dev.trellis.core.conversation;

import dev.trellis.core.buddy.RunningBuddyCommands;
import dev.trellis.core.command.BuddyCommand;
import dev.trellis.core.command.Command;
import dev.trellis.core.command.ParseResult;
import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.Reflections;
import dev.trellis.core.reflection.Share;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import dev.trellis.core.step.ReplanningOrg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Carries out the commands of the grammar for the person who typed them. */
public final class RunningCommands {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final int EXCERPT = 300;

  private final People people;
  private final OneOnOnes oneOnOnes;
  private final Reflections reflections;
  private final PeopleSettings settings;
  private final AddingOneOnOnes addingOneOnOnes;
  private final RunningBuddyCommands buddies;

  public RunningCommands(
      People people,
      OneOnOnes oneOnOnes,
      Reflections reflections,
      PeopleSettings settings,
      ReplanningOrg replanning,
      RunningBuddyCommands buddies) {
    this.buddies = buddies;
    this.people = people;
    this.oneOnOnes = oneOnOnes;
    this.reflections = reflections;
    this.settings = settings;
    this.addingOneOnOnes = new AddingOneOnOnes(oneOnOnes, new FindingPeople(people), replanning);
  }

  public Response run(Person person, ParseResult parsed, Instant now) {
    return run(person, parsed, now, Platform.SLACK);
  }

  /** {@code platform}: where the person typed it, so help shows commands as typed there. */
  public Response run(Person person, ParseResult parsed, Instant now, Platform platform) {
    if (parsed instanceof ParseResult.Usage usage) {
      return Response.sayWhereAsked(usage.message());
    }
    Command command = ((ParseResult.Parsed) parsed).command();
    if (command instanceof TrellisCommand.Help help) {
      boolean aboutBuddies =
          help.topic()
              .map(t -> t.strip().toLowerCase(Locale.ROOT).startsWith("budd"))
              .orElse(false);
      return Response.sayWhereAsked(
          aboutBuddies ? HelpText.buddiesOn(platform) : HelpText.on(platform));
    }
    if (command instanceof BuddyCommand.Help) {
      return Response.sayWhereAsked(HelpText.buddiesOn(platform));
    }
    if (command instanceof BuddyCommand buddy) {
      return buddies.run(person, buddy, now);
    }
    if (command instanceof TrellisCommand.History history) {
      return history(person, history.count());
    }
    if (command instanceof TrellisCommand.Settings) {
      return settings(person);
    }
    if (command instanceof TrellisCommand.ChoosePlatform choose) {
      return choosePlatform(person, choose.platform());
    }
    if (command instanceof TrellisCommand.Pause pause) {
      LocalDate until = now.atZone(person.timeZone()).toLocalDate().plus(pause.period());
      save(person, own(person).pausedUntil(until));
      return Response.say(
          "Paused until " + DAY.format(until) + ". Type /trellis resume to start again sooner.");
    }
    if (command instanceof TrellisCommand.Resume) {
      save(person, own(person).resumed());
      return Response.say("Welcome back: your prompts are on again.");
    }
    if (command instanceof TrellisCommand.ListOneOnOnes) {
      return oneOnOnes(person);
    }
    if (command instanceof TrellisCommand.AddOneOnOne add) {
      return addingOneOnOnes.add(person, add, now);
    }
    return Response.sayWhereAsked(
        "That command is not available yet in this version of Trellis. Type help to see what"
            + " works today.");
  }

  private Response history(Person person, int count) {
    List<Reflection> answers = reflections.history(person.orgId(), person.id(), count);
    if (answers.isEmpty()) {
      return Response.say("You have no answers yet. Your next question comes on your usual day.");
    }
    Map<PersonId, String> names = namesSharedWith(person, answers);
    StringBuilder text = new StringBuilder();
    for (Reflection r : answers) {
      text.append(DAY.format(r.answeredAt().atZone(person.timeZone())))
          .append(" · ")
          .append(r.question())
          .append('\n')
          .append(excerpt(r.answer()));
      r.nextStep().ifPresent(s -> text.append("\nNext step: ").append(excerpt(s)));
      if (r.isShared()) {
        text.append("\n(shared with ")
            .append(
                r.shares().stream()
                    .map(share -> names.getOrDefault(share.with(), "someone no longer in Trellis"))
                    .collect(Collectors.joining(", ")))
            .append(')');
      }
      text.append("\n\n");
    }
    return new Response.Reply(
        OutboundMessage.builder(text.toString().strip())
            .header("Your last " + answers.size() + (answers.size() == 1 ? " answer" : " answers"))
            .context("Only you can see these, unless you shared them.")
            .build(),
        false);
  }

  /** The names of the people the person shared any of these answers with. */
  private Map<PersonId, String> namesSharedWith(Person person, List<Reflection> answers) {
    List<PersonId> ids =
        answers.stream().flatMap(r -> r.shares().stream()).map(Share::with).distinct().toList();
    Map<PersonId, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      people.findByIds(person.orgId(), ids).forEach(p -> names.put(p.id(), p.name()));
    }
    return names;
  }

  private Response settings(Person person) {
    PersonSettings own = own(person);
    OutboundMessage message =
        OutboundMessage.builder("Your Trellis settings")
            .field("Reflection prompts", own.cadence().describe())
            .field("Time zone", person.timeZone().getId())
            .field("Working days", String.join(", ", person.workingDays().shortNames()))
            .field("Quiet hours", person.quietHours().toString())
            .field("Paused", own.pausedUntil().map(d -> "until " + DAY.format(d)).orElse("no"))
            .field("Messages come on", platformChoice(own.platform()))
            .context(
                "Pause with /trellis pause 2w, resume with /trellis resume. Choose where messages"
                    + " come with /trellis settings platform slack, teams or auto.")
            .build();
    return new Response.Reply(message, false);
  }

  private Response choosePlatform(Person person, Optional<Platform> platform) {
    if (platform.isPresent() && Recipients.on(person, platform.get()).isEmpty()) {
      return Response.sayWhereAsked(
          "Trellis has no "
              + name(platform.get())
              + " account of yours, so it cannot send you messages there. Ask your Trellis admin"
              + " to add it.");
    }
    save(person, own(person).withPlatform(platform));
    return Response.say(
        platform
            .map(
                p ->
                    "Done: your messages now come on "
                        + name(p)
                        + ", and on the other platform only when "
                        + name(p)
                        + " cannot reach you.")
            .orElse("Done: your messages now come where you last used Trellis."));
  }

  /** How a platform choice reads in settings. */
  private static String platformChoice(Optional<Platform> platform) {
    return platform
        .map(RunningCommands::name)
        .orElse("auto (where you last used Trellis, else your organisation's platform)");
  }

  private static String name(Platform platform) {
    return platform == Platform.SLACK ? "Slack" : "Teams";
  }

  private Response oneOnOnes(Person person) {
    List<OneOnOne> mine =
        oneOnOnes.findAll(person.orgId()).stream()
            .filter(o -> o.managerId().equals(person.id()) || o.reportId().equals(person.id()))
            .toList();
    if (mine.isEmpty()) {
      return Response.say("You have no recurring 1:1s in Trellis.");
    }
    Map<PersonId, String> names = new HashMap<>();
    people
        .findByIds(
            person.orgId(),
            mine.stream().flatMap(o -> List.of(o.managerId(), o.reportId()).stream()).toList())
        .forEach(p -> names.put(p.id(), p.name()));
    OutboundMessage.Builder message = OutboundMessage.builder("Your recurring 1:1s");
    for (OneOnOne o : mine) {
      PersonId other = o.managerId().equals(person.id()) ? o.reportId() : o.managerId();
      message.field(
          names.getOrDefault(other, "someone"),
          o.cadence().name().toLowerCase(Locale.ROOT)
              + " on "
              + o.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " at "
              + o.startTime()
              + " ("
              + o.timeZone().getId()
              + "), "
              + o.duration().toMinutes()
              + " min");
    }
    return new Response.Reply(message.build(), false);
  }

  private PersonSettings own(Person person) {
    return settings.find(person.orgId(), person.id());
  }

  private void save(Person person, PersonSettings changed) {
    settings.save(person.orgId(), person.id(), changed);
  }

  private static String excerpt(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
  }
}
