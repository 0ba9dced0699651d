package dev.trellis.core.buddy;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionBank;
import dev.trellis.core.question.Theme;
import dev.trellis.core.step.Holidays;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Starts the next round of a cohort: pairs its members ({@link PairingEngine}) against the cohort's
 * earlier rounds with a seed derived from the cohort and the round number (so a round can be
 * reproduced), stores the round, and queues an intro for each grouped member (their buddies' names
 * and departments and a first topic from the networking and lattice questions) and a message to
 * each member left out saying why (except those who opted out, and those the bot cannot reach).
 *
 * <p>The round is stored first (which settles a race between two starts) and marked started once
 * everything else is stored; a start cut short by a crash is finished later ({@link #finishStart})
 * with the same ids and dedupe keys.
 */
public final class StartingBuddyRound {

  static final Set<Theme> TOPIC_THEMES = Set.of(Theme.NETWORKS, Theme.LATTICE);

  private final Cohorts cohorts;
  private final CohortRoster roster;
  private final BuddyRounds rounds;
  private final Meetups meetups;
  private final BuddyAssignments assignments;
  private final PairingEngine engine;
  private final QueuingRoundMessages messages;
  private final BuddyDelivery delivery;
  private final Clock clock;

  /** The stores a round is written to. */
  public record Stores(BuddyRounds rounds, Meetups meetups, BuddyAssignments assignments) {}

  public StartingBuddyRound(
      Cohorts cohorts,
      CohortRoster roster,
      Stores stores,
      PairingEngine engine,
      QuestionBank questions,
      Outbox outbox,
      Holidays holidays,
      Clock clock) {
    this.cohorts = cohorts;
    this.roster = roster;
    this.rounds = stores.rounds();
    this.meetups = stores.meetups();
    this.assignments = stores.assignments();
    this.engine = engine;
    this.messages = new QueuingRoundMessages(questions);
    this.delivery = new BuddyDelivery(outbox, holidays);
    this.clock = clock;
  }

  /** The outcome of {@link #start}. */
  public sealed interface Result {}

  /** The round was started and its messages queued. */
  public record Started(BuddyRound round, int messagesQueued) implements Result {}

  public record NoSuchCohort(CohortId id) implements Result {}

  /** The cohort has nobody in it: no round was stored. */
  public record NobodyInCohort(CohortId id) implements Result {}

  /** Another start of the same round won the race; nothing was sent twice. */
  public record AlreadyStarted(int number) implements Result {}

  public Result start(OrgId orgId, CohortId cohortId) {
    Optional<Cohort> found = cohorts.find(orgId, cohortId);
    if (found.isEmpty()) {
      return new NoSuchCohort(cohortId);
    }
    Cohort cohort = found.get();
    // Stored to the millisecond, so the round returned is the round found later.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

    Map<PersonId, Person> persons = new HashMap<>();
    List<BuddyCandidate> candidates = new ArrayList<>();
    for (CohortRoster.Membership m : roster.of(cohort)) {
      Person p = m.person();
      persons.put(p.id(), p);
      Availability availability = m.member().availabilityOn(today);
      if (availability.canTakePart() && Recipients.of(p).isEmpty()) {
        availability = new Availability.Unreachable();
      }
      candidates.add(
          new BuddyCandidate(
              p.id(), p.department(), p.managerId(), m.member().notWith(), availability));
    }
    if (candidates.isEmpty()) {
      return new NobodyInCohort(cohortId);
    }
    List<PastRound> history =
        rounds.list(orgId, cohortId).stream().map(BuddyRound::asHistory).toList();
    int number = history.stream().mapToInt(PastRound::number).max().orElse(0) + 1;
    long seed = seed(cohortId, number);
    PairingResult result =
        engine.pair(
            new PairingRound(
                cohort.groupSize(), candidates, history, cohort.noRepeatRounds(), seed));

    BuddyRound round =
        new BuddyRound(
            orgId,
            cohortId,
            result.roundNumber(),
            result.groups().stream().map(g -> new BuddyRound.Group(g.members(), false)).toList(),
            result.leftOut(),
            now);
    if (!rounds.add(round)) {
      return new AlreadyStarted(round.number());
    }
    return new Started(round, finish(cohort, round, persons, seed));
  }

  /**
   * Finishes the start of a round that was stored but whose groups, assignments and messages may
   * not all be (the service stopped in between): writes them again with the same ids and dedupe
   * keys, so nothing is stored or sent twice. Answers how many messages the round has.
   */
  public int finishStart(Cohort cohort, BuddyRound round) {
    Map<PersonId, Person> persons = new HashMap<>();
    for (CohortRoster.Membership m : roster.of(cohort)) {
      persons.put(m.person().id(), m.person());
    }
    return finish(cohort, round, persons, seed(cohort.id(), round.number()));
  }

  /**
   * Everything a round's start writes after the round itself; each write can be repeated. The round
   * is marked started only after all of them, so a round cut short is found and finished.
   */
  private int finish(Cohort cohort, BuddyRound round, Map<PersonId, Person> persons, long seed) {
    OrgId orgId = cohort.orgId();
    Instant now = round.startedAt();
    List<Meetup> groups = new ArrayList<>();
    List<BuddyAssignments.Assignment> placed = new ArrayList<>();
    for (int i = 0; i < round.groups().size(); i++) {
      MeetupId id = new MeetupId(orgId, cohort.id(), round.number(), i);
      List<PersonId> members = round.groups().get(i).members();
      groups.add(Meetup.fresh(id, members));
      members.forEach(m -> placed.add(new BuddyAssignments.Assignment(m, Optional.of(id))));
    }
    round
        .leftOut()
        .forEach(l -> placed.add(new BuddyAssignments.Assignment(l.personId(), Optional.empty())));
    meetups.addAll(groups);
    assignments.assign(orgId, cohort.id(), round.number(), now, placed);
    BuddyDelivery.Batch batch = delivery.batch(orgId);
    messages.queue(batch, cohort, round, persons, seed, now);
    batch.queue();
    rounds.markStarted(orgId, cohort.id(), round.number());
    return batch.size();
  }

  /** The seed of a round: the same cohort and number always give the same seed. */
  static long seed(CohortId cohortId, int number) {
    byte[] bytes = (cohortId.value() + "#" + number).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(bytes).getMostSignificantBits();
  }

  /** The intro of a grouped member: see {@link RoundStartMessages#intro}. */
  static OutboundMessage intro(
      Cohort cohort, BuddyRound round, List<Person> buddies, Optional<Question> topic) {
    return RoundStartMessages.intro(cohort, round, buddies, topic);
  }
}
