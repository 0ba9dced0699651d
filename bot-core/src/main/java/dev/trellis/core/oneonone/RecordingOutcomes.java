package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Records what the two people of a 1:1 press on its last-15 prompt (We did it, Skipped today,
 * Moved): once per person and occurrence, only by those two people, only for a date the 1:1's
 * calendar has (from its first date, on its cadence) and only from that occurrence's last 15
 * minutes on. The first press replaces the prompt; a second one changes nothing.
 */
public final class RecordingOutcomes {

  private final OneOnOnes oneOnOnes;
  private final OneOnOneOutcomes outcomes;

  public RecordingOutcomes(OneOnOnes oneOnOnes, OneOnOneOutcomes outcomes) {
    this.oneOnOnes = oneOnOnes;
    this.outcomes = outcomes;
  }

  /** Where the outcomes are kept: the person's export, erasure and HR analytics read them. */
  OneOnOneOutcomes store() {
    return outcomes;
  }

  public Response press(Person person, ButtonPress press) {
    Optional<Outcome> outcome = Outcome.ofAction(press.action());
    Optional<OneOnOneActions.OccurrenceRef> ref = OneOnOneActions.parse(press.value());
    if (outcome.isEmpty() || ref.isEmpty()) {
      return Response.say("That button is no longer in use.");
    }
    Optional<OneOnOne> oneOnOne = oneOnOnes.findById(person.orgId(), ref.get().oneOnOneId());
    if (oneOnOne.isEmpty()) {
      return Response.say("That 1:1 no longer exists, so nothing was recorded.");
    }
    if (!person.id().equals(oneOnOne.get().managerId())
        && !person.id().equals(oneOnOne.get().reportId())) {
      return Response.say("Only the two people of that 1:1 can record how it went.");
    }
    LocalDate date = ref.get().date();
    Optional<Occurrence> occurrence = Occurrences.on(oneOnOne.get(), date);
    if (occurrence.isEmpty()) {
      return Response.say(
          "That 1:1 did not take place on "
              + OneOnOneMessages.DAY.format(date)
              + " "
              + date.getYear()
              + ", so nothing was recorded.");
    }
    if (press.receivedAt().isBefore(occurrence.get().lastPartStart())) {
      return Response.say(
          "That 1:1 has not reached its last 15 minutes yet, so nothing was recorded.");
    }
    OneOnOneOutcome recorded =
        new OneOnOneOutcome(
            person.orgId(),
            oneOnOne.get().id(),
            date,
            person.id(),
            outcome.get(),
            press.receivedAt());
    if (outcomes.recordFirst(recorded)) {
      return Response.replace(OneOnOneMessages.recorded(outcome.get(), date));
    }
    return outcomes
        .find(person.orgId(), oneOnOne.get().id(), date, person.id())
        .<Response>map(existing -> Response.say(OneOnOneMessages.alreadyRecorded(existing)))
        .orElseGet(() -> Response.say("Already recorded. Nothing changed."));
  }
}
