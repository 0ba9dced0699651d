package dev.trellis.core.reflection;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Snooze and Pause buttons of a prompt: ask again tomorrow, or not for two weeks. */
final class PuttingOffPrompts {

  private final Prompts prompts;
  private final PeopleSettings settings;
  private final Holidays holidays;
  private final DueSteps steps;

  PuttingOffPrompts(Prompts prompts, PeopleSettings settings, Holidays holidays, DueSteps steps) {
    this.prompts = prompts;
    this.settings = settings;
    this.holidays = holidays;
    this.steps = steps;
  }

  Response snooze(Person person, Prompt prompt, Instant now) {
    if (!prompts.close(person.orgId(), prompt.id(), Prompt.State.SNOOZED)) {
      return Response.say("Already done: nothing changed.");
    }
    PersonSettings own = settings.find(person.orgId(), person.id());
    Availability availability =
        Availability.of(person, holidays.timeOff(person.orgId()), own.pausedUntil());
    Instant at =
        availability
            .nextSendableAtOrAfter(now.plus(Duration.ofDays(1)))
            .orElse(now.plus(Duration.ofDays(1)));
    steps.plan(
        List.of(
            new PlannedStep(
                ReflectionSteps.REFLECTION_PROMPT,
                person.orgId(),
                person.id(),
                at,
                at.atZone(person.timeZone()),
                new OccurrenceKey(SendingReflectionPrompts.SNOOZE_PREFIX + prompt.id().value()),
                Optional.empty())));
    return Response.replace(
        "Snoozed. I will ask again on "
            + ReflectionMessages.DAY.format(at.atZone(person.timeZone()))
            + " at "
            + at.atZone(person.timeZone()).toLocalTime()
            + ".");
  }

  Response pause(Person person, Prompt prompt, Instant now) {
    LocalDate until =
        now.atZone(person.timeZone()).toLocalDate().plusWeeks(ReflectionActions.PAUSE_WEEKS);
    settings.save(
        person.orgId(), person.id(), settings.find(person.orgId(), person.id()).pausedUntil(until));
    prompts.close(person.orgId(), prompt.id(), Prompt.State.SKIPPED);
    return Response.replace(
        "Paused until "
            + ReflectionMessages.DAY.format(until)
            + ". Type /trellis resume to start again sooner.");
  }
}
