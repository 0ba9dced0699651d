package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.StepHandler;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The halfway nudge of a buddy round, one step per member of a group that has not met ({@link
 * RunningBuddyRounds} plans them): a nudge like any other, so it passes the {@link NudgeRule} and
 * may be put off. When it runs it looks again, as the group may have met, agreed a time or skipped
 * since, or the round ended while the nudge waited.
 */
public final class SendingBuddyNudges implements StepHandler {

  /** The halfway nudge of one member of one group. */
  public static final StepKind BUDDY_NUDGE = StepKind.of("BUDDY_NUDGE");

  /** How its key begins: {@code buddy-nudge:<meetup id>:<person id>}. */
  static final String KEY_PREFIX = "buddy-nudge:";

  private static final String NOT_NEEDED = "skipped: met, agreed, skipped or the round is over";

  private final Cohorts cohorts;
  private final BuddyRounds rounds;
  private final Meetups meetups;
  private final People people;
  private final BuddyDelivery delivery;

  /** How the buddy feature forgets a person, over the stores the nudges read. */
  BuddyErasure erasure(BuddyAssignments assignments) {
    return new BuddyErasure(cohorts, rounds, meetups, assignments);
  }

  public SendingBuddyNudges(
      Cohorts cohorts,
      StartingBuddyRound.Stores stores,
      People people,
      Outbox outbox,
      Holidays holidays) {
    this.cohorts = cohorts;
    this.rounds = stores.rounds();
    this.meetups = stores.meetups();
    this.people = people;
    this.delivery = new BuddyDelivery(outbox, holidays);
  }

  @Override
  public StepKind kind() {
    return BUDDY_NUDGE;
  }

  @Override
  public boolean isNudge() {
    return true;
  }

  /** The step of a member's halfway nudge, due at {@code at} in their zone. */
  static PlannedStep step(Meetup meetup, Person member, Instant at) {
    return new PlannedStep(
        BUDDY_NUDGE,
        meetup.id().orgId(),
        member.id(),
        at,
        ZonedDateTime.ofInstant(at, member.timeZone()),
        new OccurrenceKey(KEY_PREFIX + meetup.id().value() + ":" + member.id().value()),
        Optional.empty());
  }

  /**
   * Only the nudges whose group has still not met, agreed a time or skipped, in a running round.
   */
  @Override
  public List<PlannedStep> stillWanted(List<PlannedStep> steps, Instant now) {
    return steps.stream().filter(step -> pending(step, now).isPresent()).toList();
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    Map<PlannedStep, String> outcomes = new LinkedHashMap<>();
    for (PlannedStep step : steps) {
      outcomes.put(step, pending(step, now).map(p -> send(p, step, now)).orElse(NOT_NEEDED));
    }
    return outcomes;
  }

  /** A halfway nudge that still applies: its meetup, cohort and member. */
  private record Pending(Meetup meetup, Cohort cohort, String key) {}

  private Optional<Pending> pending(PlannedStep step, Instant now) {
    String key = NudgeRule.originalKey(step.key());
    Optional<Meetup> found =
        meetupOf(key, step.recipient())
            .filter(id -> id.orgId().equals(step.orgId()))
            .flatMap(meetups::find)
            .filter(m -> m.includes(step.recipient()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Meetup meetup = found.get();
    MeetupId id = meetup.id();
    boolean onTrack = meetup.agreed().filter(p -> p.at().isAfter(now)).isPresent();
    if (meetup.met() || meetup.skipped() || onTrack || meetup.stateOf(step.recipient()).skipped()) {
      return Optional.empty();
    }
    boolean ended =
        rounds.summaries(id.orgId(), id.cohortId()).stream()
            .filter(r -> r.number() == id.round())
            .anyMatch(r -> r.endedAt().isPresent());
    return ended
        ? Optional.empty()
        : cohorts.find(id.orgId(), id.cohortId()).map(c -> new Pending(meetup, c, key));
  }

  private String send(Pending pending, PlannedStep step, Instant now) {
    MeetupPeople persons = MeetupPeople.of(people, pending.meetup());
    Person person = persons.get(step.recipient());
    if (person == null) {
      return "skipped: person removed";
    }
    return delivery
        .send(
            person,
            pending.key(),
            MeetupMessages.halfwayNudge(
                pending.cohort().name(),
                pending.meetup().id().round(),
                persons.othersThan(pending.meetup(), person.id())),
            now)
        .map(at -> "sent")
        .orElse("skipped: no chat identity");
  }

  /** The meetup a key names: {@code buddy-nudge:<meetup id>:<person id>}. */
  private static Optional<MeetupId> meetupOf(String key, PersonId member) {
    String suffix = ":" + member.value();
    if (!key.startsWith(KEY_PREFIX) || !key.endsWith(suffix)) {
      return Optional.empty();
    }
    return MeetupId.parse(key.substring(KEY_PREFIX.length(), key.length() - suffix.length()));
  }
}
