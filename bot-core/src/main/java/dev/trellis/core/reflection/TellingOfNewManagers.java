package dev.trellis.core.reflection;

import dev.trellis.core.directory.ManagerChange;
import dev.trellis.core.directory.ManagerChanges;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.TimeOff;
import dev.trellis.core.step.Holidays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells a report whose manager changed, once, at their next sendable moment, what the new manager
 * sees: only what they share with them from now on, nothing shared with the former manager. The
 * message lists the questions (never the answers) of the last few answers shared with the former
 * manager, each with a button that shares it with the current manager.
 */
public final class TellingOfNewManagers implements ManagerChanges {

  static final int MAX_ITEMS = 5;
  static final Duration LOOK_BACK = Duration.ofDays(90);

  private final People people;
  private final Reflections reflections;
  private final Holidays holidays;
  private final Outbox outbox;
  private final Clock clock;

  public TellingOfNewManagers(
      People people, Reflections reflections, Holidays holidays, Outbox outbox, Clock clock) {
    this.people = people;
    this.reflections = reflections;
    this.holidays = holidays;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void managersChanged(OrgId orgId, List<ManagerChange> changes) {
    Instant now = clock.instant();
    Map<PersonId, Person> managers =
        people
            .findByIds(
                orgId,
                changes.stream()
                    .flatMap(c -> Stream.of(c.formerManagerId(), c.newManagerId()))
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    TimeOff days = holidays.timeOff(orgId);
    List<OutboxEntry> entries = new ArrayList<>();
    for (ManagerChange change : changes) {
      Optional<Recipient> to = Recipients.of(change.report());
      Person former = managers.get(change.formerManagerId());
      Person newManager = managers.get(change.newManagerId());
      if (to.isEmpty() || former == null || newManager == null) {
        continue;
      }
      entries.add(notice(change.report(), to.get(), former, newManager, days, now));
    }
    outbox.enqueueAll(entries);
  }

  private OutboxEntry notice(
      Person report, Recipient to, Person former, Person current, TimeOff days, Instant now) {
    List<Reflection> shared =
        reflections
            .sharedWith(report.orgId(), report.id(), former.id(), now.minus(LOOK_BACK))
            .stream()
            .filter(r -> !r.isSharedWith(current.id()))
            .toList();
    List<Reflection> recent = shared.subList(Math.max(0, shared.size() - MAX_ITEMS), shared.size());
    Instant at =
        Availability.of(report, days, Optional.empty()).nextSendableAtOrAfter(now).orElse(now);
    DedupeKey key =
        DedupeKey.of(
            report.orgId(),
            "manager-change",
            report.id().value(),
            former.id().value(),
            current.id().value(),
            now.atZone(report.timeZone()).toLocalDate().toString());
    return new OutboxEntry(
        key,
        to,
        ReflectionMessages.newManager(former, current, recent),
        now,
        at,
        0,
        Optional.empty());
  }
}
