package dev.trellis.core.settings;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.step.PeopleSettings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code pause <n>w|<n>d} and {@code resume}: no prompts for a while, or again from now. */
final class PausingPrompts {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final PeopleSettings settings;

  PausingPrompts(PeopleSettings settings) {
    this.settings = settings;
  }

  Response pause(TrellisCommand.Pause pause, Asked asked) {
    Person person = asked.person();
    LocalDate until = asked.at().atZone(person.timeZone()).toLocalDate().plus(pause.period());
    settings.save(
        person.orgId(), person.id(), settings.find(person.orgId(), person.id()).pausedUntil(until));
    return Response.say(
        "Paused until " + DAY.format(until) + ". Type /trellis resume to start again sooner.");
  }

  Response resume(Person person) {
    settings.save(
        person.orgId(), person.id(), settings.find(person.orgId(), person.id()).resumed());
    return Response.say("Welcome back: your prompts are on again.");
  }
}
