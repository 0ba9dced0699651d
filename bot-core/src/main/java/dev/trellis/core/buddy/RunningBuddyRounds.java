package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.TimeOff;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every cohort's rounds on their cadence, run by a tick: starts a round on each of the
 * cohort's round days (start date, then every cadence), plans a halfway nudge for each member of a
 * group that has not met (a step of {@link SendingBuddyNudges}, so it passes the one nudge rule),
 * asks each member at the end whether the meetup happened, and records the round's figures a few
 * days later. Each step is claimed on the round first, so it happens once however many instances
 * tick.
 */
public final class RunningBuddyRounds {

  private static final Logger log = LoggerFactory.getLogger(RunningBuddyRounds.class);

  /** How long members have to answer "did it happen?" before the figures are recorded. */
  public static final Duration ANSWER_WINDOW = Duration.ofDays(3);

  private final Orgs orgs;
  private final Cohorts cohorts;
  private final BuddyRounds rounds;
  private final Meetups meetups;
  private final People people;
  private final StartingBuddyRound starting;
  private final BuddyDelivery delivery;
  private final Holidays holidays;
  private final DueSteps steps;
  private final Clock clock;

  public RunningBuddyRounds(
      Orgs orgs,
      Cohorts cohorts,
      StartingBuddyRound.Stores stores,
      People people,
      StartingBuddyRound starting,
      Outbox outbox,
      Holidays holidays,
      DueSteps steps,
      Clock clock) {
    this.orgs = orgs;
    this.cohorts = cohorts;
    this.rounds = stores.rounds();
    this.meetups = stores.meetups();
    this.people = people;
    this.starting = starting;
    this.delivery = new BuddyDelivery(outbox, holidays);
    this.holidays = holidays;
    this.steps = steps;
    this.clock = clock;
  }

  /**
   * What one run did, across every org; {@code nudged} counts the halfway nudges planned (each goes
   * out when the nudge rule admits it).
   */
  public record Report(int started, int nudged, int asked, int recorded) {}

  public Report run() {
    Instant now = clock.instant();
    Counts counts = new Counts();
    for (Org org : orgs.findAll()) {
      for (Cohort cohort : cohorts.list(org.id())) {
        try {
          runCohort(cohort, now, counts);
        } catch (RuntimeException e) {
          log.warn("Buddy rounds of cohort {} of org {} failed", cohort.id(), org.id(), e);
        }
      }
    }
    return new Report(counts.started, counts.nudged, counts.asked, counts.recorded);
  }

  private static final class Counts {
    int started;
    int nudged;
    int asked;
    int recorded;
  }

  private void runCohort(Cohort cohort, Instant now, Counts counts) {
    OrgId orgId = cohort.orgId();
    List<BuddyRounds.Summary> summaries = rounds.summaries(orgId, cohort.id());
    Duration cadence = Duration.ofDays(7L * cohort.cadenceWeeks());
    for (int i = 0; i < summaries.size(); i++) {
      BuddyRounds.Summary round = summaries.get(i);
      if (!round.startFinished()) {
        finishStart(cohort, round.number());
      }
      if (round.figures().isPresent()) {
        continue;
      }
      Instant ends = round.startedAt().plus(cadence);
      if (i + 1 < summaries.size() && summaries.get(i + 1).startedAt().isBefore(ends)) {
        ends = summaries.get(i + 1).startedAt();
      }
      Instant halfway = round.startedAt().plus(cadence.dividedBy(2));
      if (!now.isBefore(halfway)
          && now.isBefore(ends)
          && round.nudgedAt().isEmpty()
          && rounds.mark(orgId, cohort.id(), round.number(), BuddyRounds.Step.NUDGED, now)) {
        counts.nudged += nudge(cohort, round, now);
      }
      Optional<Instant> ended = round.endedAt();
      if (!now.isBefore(ends)
          && ended.isEmpty()
          && rounds.mark(orgId, cohort.id(), round.number(), BuddyRounds.Step.ENDED, now)) {
        counts.asked += ask(cohort, round, now);
        ended = Optional.of(now);
      }
      if (ended.isPresent() && !now.isBefore(ended.get().plus(ANSWER_WINDOW))) {
        List<Meetup> all = meetups.findAll(orgId, round.meetups(orgId, cohort.id()));
        if (rounds.recordFigures(orgId, cohort.id(), round.number(), RoundFigures.of(all, now))) {
          counts.recorded++;
        }
      }
    }
    if (isRoundDue(cohort, summaries, now)) {
      StartingBuddyRound.Result result = starting.start(orgId, cohort.id());
      if (result instanceof StartingBuddyRound.Started started) {
        counts.started++;
        log.info(
            "Started round {} of cohort {} of org {}: {} groups",
            started.round().number(),
            cohort.id(),
            orgId,
            started.round().groups().size());
      }
    }
  }

  /** A round whose start was cut short (the service stopped while starting it) is finished now. */
  private void finishStart(Cohort cohort, int number) {
    rounds
        .find(cohort.orgId(), cohort.id(), number)
        .ifPresent(
            round -> {
              int messages = starting.finishStart(cohort, round);
              log.info(
                  "Finished starting round {} of cohort {} of org {}: {} messages queued again"
                      + " where missing",
                  number,
                  cohort.id(),
                  cohort.orgId(),
                  messages);
            });
  }

  /**
   * A round is due on each round day (the start date, then every cadence, from midnight UTC) when
   * no round started since half a cadence before it; a round day missed by more than half a cadence
   * (the service was down) is left for the next one.
   */
  static boolean isRoundDue(Cohort cohort, List<BuddyRounds.Summary> summaries, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (today.isBefore(cohort.startDate())) {
      return false;
    }
    long cadenceDays = 7L * cohort.cadenceWeeks();
    long periods = ChronoUnit.DAYS.between(cohort.startDate(), today) / cadenceDays;
    Instant roundDay =
        cohort.startDate().plusDays(periods * cadenceDays).atStartOfDay(ZoneOffset.UTC).toInstant();
    Duration half = Duration.ofDays(cadenceDays).dividedBy(2);
    if (!now.isBefore(roundDay.plus(half))) {
      return false;
    }
    return summaries.isEmpty()
        || summaries.get(summaries.size() - 1).startedAt().isBefore(roundDay.minus(half));
  }

  private int nudge(Cohort cohort, BuddyRounds.Summary round, Instant now) {
    List<Meetup> all = meetups.findAll(cohort.orgId(), round.meetups(cohort.orgId(), cohort.id()));
    MeetupPeople persons = MeetupPeople.of(people, cohort.orgId(), all);
    TimeOff days = holidays.timeOff(cohort.orgId());
    List<PlannedStep> nudges = new ArrayList<>();
    for (Meetup m : all) {
      boolean onTrack = m.agreed().filter(p -> p.at().isAfter(now)).isPresent();
      if (m.met() || m.skipped() || onTrack) {
        continue;
      }
      for (PersonId member : m.members()) {
        Person person = persons.get(member);
        if (person != null && !m.stateOf(member).skipped()) {
          nudges.add(
              SendingBuddyNudges.step(m, person, BuddyDelivery.sendableAt(person, days, now)));
        }
      }
    }
    return nudges.isEmpty() ? 0 : steps.plan(nudges);
  }

  private int ask(Cohort cohort, BuddyRounds.Summary round, Instant now) {
    List<Meetup> all = meetups.findAll(cohort.orgId(), round.meetups(cohort.orgId(), cohort.id()));
    MeetupPeople persons = MeetupPeople.of(people, cohort.orgId(), all);
    BuddyDelivery.Batch batch = delivery.batch(cohort.orgId());
    for (Meetup m : all) {
      // A group someone marked done has told us already; a skipped one has nothing to tell.
      if (m.met() || m.skipped()) {
        continue;
      }
      for (PersonId member : m.members()) {
        Meetup.MemberState state = m.stateOf(member);
        Person person = persons.get(member);
        if (person == null
            || state.skipped()
            || state.doneAt().isPresent()
            || state.happened().isPresent()) {
          continue;
        }
        batch.add(
            person,
            "buddy-ended:" + m.id().value() + ":" + member.value(),
            MeetupMessages.didItHappen(m.id(), cohort.name(), persons.othersThan(m, member)),
            now);
      }
    }
    return batch.queue();
  }
}
