package dev.trellis.core.buddy;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
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
  static final String PROPOSE_HINT =
      "Propose a meetup with /buddy propose tomorrow 15:00 (or any day and time that suits you).";

  private final Cohorts cohorts;
  private final CohortRoster roster;
  private final BuddyRounds rounds;
  private final Meetups meetups;
  private final BuddyAssignments assignments;
  private final PairingEngine engine;
  private final QuestionBank questions;
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
    this.questions = questions;
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
    BuddyDelivery.Batch messages = delivery.batch(orgId);
    queueMessages(messages, cohort, round, persons, seed, now);
    messages.queue();
    rounds.markStarted(orgId, cohort.id(), round.number());
    return messages.size();
  }

  /** The seed of a round: the same cohort and number always give the same seed. */
  static long seed(CohortId cohortId, int number) {
    byte[] bytes = (cohortId.value() + "#" + number).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(bytes).getMostSignificantBits();
  }

  private void queueMessages(
      BuddyDelivery.Batch batch,
      Cohort cohort,
      BuddyRound round,
      Map<PersonId, Person> persons,
      long seed,
      Instant now) {
    List<Question> topics = new ArrayList<>(questions.eligible(cohort.orgId(), TOPIC_THEMES));
    topics.sort(Comparator.comparing(q -> q.id().value()));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < round.groups().size(); i++) {
      BuddyRound.Group group = round.groups().get(i);
      Optional<Question> topic =
          topics.isEmpty()
              ? Optional.empty()
              : Optional.of(topics.get(random.nextInt(topics.size())));
      List<Person> members =
          group.members().stream().map(persons::get).filter(Objects::nonNull).toList();
      Optional<Recipient> together =
          members.size() == group.members().size() ? groupChat(members) : Optional.empty();
      if (together.isPresent()) {
        MeetupId meetup = new MeetupId(cohort.orgId(), cohort.id(), round.number(), i);
        batch.addToGroup(
            together.get(),
            members,
            "buddy-group:" + meetup.value(),
            groupIntro(cohort, round, members, topic),
            now);
      }
      for (PersonId member : group.members()) {
        Person person = persons.get(member);
        List<Person> buddies = members.stream().filter(m -> !m.id().equals(member)).toList();
        if (person == null || buddies.isEmpty()) {
          // Only when finishing a start: they (or their buddies) left the directory since.
          continue;
        }
        batch.add(
            person, key(cohort, round.number(), member), intro(cohort, round, buddies, topic), now);
      }
    }
    for (LeftOut left : round.leftOut()) {
      if (left.reason() != LeftOut.Reason.OPTED_OUT && persons.containsKey(left.personId())) {
        batch.add(
            persons.get(left.personId()),
            key(cohort, round.number(), left.personId()),
            leftOutMessage(cohort, round, left),
            now);
      }
    }
  }

  /** {@code buddy:<cohort>:<round>:<person>}, after the org. */
  static String key(Cohort cohort, int number, PersonId person) {
    return "buddy:" + cohort.id().value() + ":" + number + ":" + person.value();
  }

  static OutboundMessage intro(
      Cohort cohort, BuddyRound round, List<Person> buddies, Optional<Question> topic) {
    String names =
        MeetupMessages.listed(buddies.stream().map(StartingBuddyRound::nameAndDepartment).toList());
    String text =
        buddies.size() == 1
            ? "Your career buddy this round is " + names + "."
            : "Your career buddies this round are " + names + ".";
    text += " Talk through each other's career maps and meet people beyond your own team.";
    OutboundMessage.Builder builder =
        OutboundMessage.builder(text)
            .header("Career buddies: round " + round.number() + " of " + cohort.name());
    String fallback = text;
    if (topic.isPresent()) {
      builder.field("A first topic", topic.get().text());
      fallback += "\nA first topic: " + topic.get().text();
    }
    builder.context(PROPOSE_HINT);
    fallback += "\n" + PROPOSE_HINT;
    return builder.fallback(fallback).build();
  }

  /**
   * A group DM with the whole group, where the platform opens one (Slack): only when every member
   * is on Slack.
   */
  static Optional<Recipient> groupChat(List<Person> members) {
    List<Recipient> onSlack = new ArrayList<>();
    for (Person p : members) {
      Optional<Recipient> r = Recipients.on(p, Platform.SLACK);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      onSlack.add(r.get());
    }
    return Optional.of(Recipient.group(onSlack));
  }

  static OutboundMessage groupIntro(
      Cohort cohort, BuddyRound round, List<Person> members, Optional<Question> topic) {
    String text =
        "Hello "
            + MeetupMessages.names(members)
            + ": you are career buddies in round "
            + round.number()
            + " of "
            + cohort.name()
            + ". This conversation is yours to find a time; Trellis only counts whether you met.";
    OutboundMessage.Builder builder =
        OutboundMessage.builder(text).header("Career buddies: round " + round.number());
    String fallback = text;
    if (topic.isPresent()) {
      builder.field("A first topic", topic.get().text());
      fallback += "\nA first topic: " + topic.get().text();
    }
    builder.context(PROPOSE_HINT);
    return builder.fallback(fallback + "\n" + PROPOSE_HINT).build();
  }

  static OutboundMessage leftOutMessage(Cohort cohort, BuddyRound round, LeftOut left) {
    String text =
        "You have no buddy in round "
            + round.number()
            + " of "
            + cohort.name()
            + ": "
            + whyForThem(left)
            + ". You will be in the draw again in a later round.";
    return OutboundMessage.builder(text).header("Career buddies: no buddy this round").build();
  }

  /**
   * Why, in words for the person left out; never whose "not with" list or which manager kept them
   * out, which would tell them what someone else asked for.
   */
  static String whyForThem(LeftOut left) {
    switch (left.reason()) {
      case PAUSED:
        return "you paused buddies (" + left.why() + ")";
      case ONLY_ONE_LEFT:
        return "the people taking part could not all be grouped, and nobody was left to pair"
            + " with you";
      case NO_ALLOWED_PARTNER:
        return "nobody left to group you with this round could be grouped with you";
      case GUEST:
        return "guest accounts are not paired";
      default:
        return left.why();
    }
  }

  private static String nameAndDepartment(Person p) {
    return p.name() + p.department().map(d -> " (" + d + ")").orElse("");
  }
}
