package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.step.PeopleSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries out due 1:1 steps of one kind: looks up what each is about (the 1:1, its occurrence, the
 * recipient and the other person), skips it when the 1:1 or a person was removed, the 1:1 moved
 * away from that date, the recipient paused or has no chat identity, and otherwise puts its message
 * in the outbox under {@code <org>/<occurrence key>}, so a step run twice is sent once.
 */
final class OneOnOneTargets {

  static final String SENT = "sent";
  static final String ONE_ON_ONE_REMOVED = "skipped: 1:1 removed";
  static final String PERSON_REMOVED = "skipped: person removed";
  static final String NOT_IN_ONE_ON_ONE = "skipped: no longer in this 1:1";
  static final String OTHER_REMOVED = "skipped: other person removed";
  static final String NOT_ON_THAT_DATE = "skipped: 1:1 no longer on that date";
  static final String PAUSED = "skipped: paused";
  static final String NO_IDENTITY = "skipped: no chat identity";
  static final String TOO_LATE = "dropped: too late for this 1:1";

  /** A step that can go out, with what its message needs. */
  record Target(
      PlannedStep step,
      OneOnOne oneOnOne,
      Occurrence occurrence,
      Person recipient,
      Person other,
      Recipient address) {

    Person manager() {
      return recipient.id().equals(oneOnOne.managerId()) ? recipient : other;
    }

    Person report() {
      return recipient.id().equals(oneOnOne.reportId()) ? recipient : other;
    }
  }

  /** The steps that can go out, and an outcome for each of the others. */
  record Resolved(List<Target> ready, Map<PlannedStep, String> skipped) {}

  private final OneOnOnes oneOnOnes;
  private final People people;
  private final PeopleSettings settings;
  private final Outbox outbox;
  private final Function<Occurrence, Instant> pointlessFrom;

  /**
   * {@code pointlessFrom}: when a step of this kind no longer helps its occurrence (an agenda once
   * the 1:1 has started, a last-15 nudge once it has ended); a step run that late is dropped.
   */
  OneOnOneTargets(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      Outbox outbox,
      Function<Occurrence, Instant> pointlessFrom) {
    this.oneOnOnes = oneOnOnes;
    this.people = people;
    this.settings = settings;
    this.outbox = outbox;
    this.pointlessFrom = pointlessFrom;
  }

  /**
   * Sends the message {@code compose} makes for each step that can go out, in one outbox write per
   * org, and answers every step's outcome ("sent" or why it was skipped).
   */
  Map<PlannedStep, String> send(
      List<PlannedStep> steps, Instant now, Function<Target, OutboundMessage> compose) {
    Map<PlannedStep, String> outcomes = new HashMap<>();
    Map<OrgId, List<PlannedStep>> byOrg =
        steps.stream().collect(Collectors.groupingBy(PlannedStep::orgId));
    byOrg.forEach(
        (orgId, orgSteps) -> {
          Resolved resolved = resolve(orgId, orgSteps, now);
          outcomes.putAll(resolved.skipped());
          List<OutboxEntry> entries = new ArrayList<>();
          for (Target target : resolved.ready()) {
            entries.add(
                OutboxEntry.fresh(
                    DedupeKey.of(orgId, target.step().key().value()),
                    target.address(),
                    compose.apply(target),
                    now));
            outcomes.put(target.step(), SENT);
          }
          outbox.enqueueAll(entries);
        });
    return outcomes;
  }

  /** Resolves steps of one org, all about 1:1s. */
  private Resolved resolve(OrgId orgId, List<PlannedStep> steps, Instant now) {
    Map<OneOnOneId, Optional<OneOnOne>> byId = new LinkedHashMap<>();
    Set<PersonId> personIds = new HashSet<>();
    for (PlannedStep step : steps) {
      personIds.add(step.recipient());
      byId.computeIfAbsent(idOf(step), id -> oneOnOnes.findById(orgId, id))
          .ifPresent(
              o -> {
                personIds.add(o.managerId());
                personIds.add(o.reportId());
              });
    }
    Map<PersonId, Person> persons =
        people.findByIds(orgId, personIds).stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    List<Target> ready = new ArrayList<>();
    Map<PlannedStep, String> skipped = new HashMap<>();
    for (PlannedStep step : steps) {
      Optional<OneOnOne> oneOnOne = byId.get(idOf(step));
      if (oneOnOne.isEmpty()) {
        skipped.put(step, ONE_ON_ONE_REMOVED);
        continue;
      }
      Optional<String> why =
          whyNot(step, oneOnOne.get(), persons).or(() -> tooLate(step, oneOnOne.get(), now));
      if (why.isPresent()) {
        skipped.put(step, why.get());
      } else {
        ready.add(target(step, oneOnOne.get(), persons));
      }
    }
    return new Resolved(ready, skipped);
  }

  private static Target target(PlannedStep step, OneOnOne oneOnOne, Map<PersonId, Person> persons) {
    Person recipient = persons.get(step.recipient());
    return new Target(
        step,
        oneOnOne,
        occurrenceOf(step, oneOnOne).orElseThrow(),
        recipient,
        persons.get(otherOf(step, oneOnOne)),
        Recipients.of(recipient).orElseThrow());
  }

  private Optional<String> whyNot(
      PlannedStep step, OneOnOne oneOnOne, Map<PersonId, Person> persons) {
    Person recipient = persons.get(step.recipient());
    if (recipient == null) {
      return Optional.of(PERSON_REMOVED);
    }
    if (!step.recipient().equals(oneOnOne.managerId())
        && !step.recipient().equals(oneOnOne.reportId())) {
      return Optional.of(NOT_IN_ONE_ON_ONE);
    }
    if (!persons.containsKey(otherOf(step, oneOnOne))) {
      return Optional.of(OTHER_REMOVED);
    }
    if (occurrenceOf(step, oneOnOne).isEmpty()) {
      return Optional.of(NOT_ON_THAT_DATE);
    }
    if (settings.find(recipient.orgId(), recipient.id()).isPausedOn(step.local().toLocalDate())) {
      return Optional.of(PAUSED);
    }
    if (Recipients.of(recipient).isEmpty()) {
      return Optional.of(NO_IDENTITY);
    }
    return Optional.empty();
  }

  private Optional<String> tooLate(PlannedStep step, OneOnOne oneOnOne, Instant now) {
    Occurrence occurrence = occurrenceOf(step, oneOnOne).orElseThrow();
    return now.isBefore(pointlessFrom.apply(occurrence)) ? Optional.empty() : Optional.of(TOO_LATE);
  }

  private static Optional<Occurrence> occurrenceOf(PlannedStep step, OneOnOne oneOnOne) {
    return OneOnOneKeys.dateOf(step.key(), oneOnOne.id()).flatMap(d -> Occurrences.on(oneOnOne, d));
  }

  private static PersonId otherOf(PlannedStep step, OneOnOne oneOnOne) {
    return step.recipient().equals(oneOnOne.managerId())
        ? oneOnOne.reportId()
        : oneOnOne.managerId();
  }

  private static OneOnOneId idOf(PlannedStep step) {
    return step.oneOnOneId()
        .orElseThrow(() -> new IllegalArgumentException("Not a 1:1 step: " + step.key()));
  }
}
