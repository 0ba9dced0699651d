package dev.trellis.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * Finds the edges of a person's sendable time without stepping minute by minute.
 *
 * <p>Whether an instant is sendable depends only on its local date and local time. So a sendable
 * stretch can only begin where the local time reaches midnight or the end of quiet hours or of the
 * protected slot, or where the zone's offset changes; it can only end where the local time reaches
 * the start of quiet hours or of the protected slot or the next midnight, or where the offset
 * changes. The search checks those few candidate instants per day, each with {@link
 * Availability#isSendable}, so whatever it returns is sendable.
 */
final class SendableSearch {

  private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

  private final Availability availability;
  private final ZoneRules rules;

  SendableSearch(Availability availability) {
    this.availability = availability;
    this.rules = availability.zone().getRules();
  }

  Optional<Instant> earliest(Instant from, Instant notAfter) {
    if (notAfter.isBefore(from)) {
      return Optional.empty();
    }
    if (availability.isSendable(from)) {
      return Optional.of(from);
    }
    LocalDate last = dateOf(notAfter).plusDays(1);
    Optional<Instant> found = Optional.empty();
    for (LocalDate day = dateOf(from).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
      Optional<Instant> onDay =
          openingsOn(day).stream()
              .filter(c -> c.isAfter(from) && !c.isAfter(notAfter))
              .filter(availability::isSendable)
              .min(Comparator.naturalOrder());
      if (found.isPresent()) {
        // The day after a hit can only matter where an offset change repeats local midnight.
        return pick(found, onDay, SendableSearch::earlier);
      }
      found = onDay;
    }
    return found;
  }

  Optional<Instant> latest(Instant atOrBefore, Instant notBefore) {
    if (atOrBefore.isBefore(notBefore)) {
      return Optional.empty();
    }
    if (availability.isSendable(atOrBefore)) {
      return Optional.of(atOrBefore);
    }
    LocalDate first = dateOf(notBefore).minusDays(1);
    Optional<Instant> found = Optional.empty();
    for (LocalDate day = dateOf(atOrBefore).plusDays(1);
        !day.isBefore(first);
        day = day.minusDays(1)) {
      Optional<Instant> onDay =
          closingsOn(day).stream()
              .map(c -> c.minus(ONE_MINUTE))
              .filter(c -> !c.isAfter(atOrBefore) && !c.isBefore(notBefore))
              .filter(availability::isSendable)
              .max(Comparator.naturalOrder());
      if (found.isPresent()) {
        return pick(found, onDay, SendableSearch::later);
      }
      found = onDay;
    }
    return found;
  }

  /** Where a sendable stretch may begin on the day. */
  private List<Instant> openingsOn(LocalDate day) {
    List<Instant> candidates = new ArrayList<>(atLocal(day, LocalTime.MIDNIGHT));
    candidates.addAll(atLocal(day, availability.quietHours().end()));
    availability.protectedSlot().ifPresent(slot -> candidates.addAll(atLocal(day, slot.end())));
    candidates.addAll(transitionsOn(day));
    return candidates;
  }

  /** Where a sendable stretch may end on the day (exclusive). */
  private List<Instant> closingsOn(LocalDate day) {
    List<Instant> candidates = new ArrayList<>(atLocal(day, availability.quietHours().start()));
    availability.protectedSlot().ifPresent(slot -> candidates.addAll(atLocal(day, slot.start())));
    candidates.addAll(atLocal(day.plusDays(1), LocalTime.MIDNIGHT));
    candidates.addAll(transitionsOn(day));
    return candidates;
  }

  /** Both instants of a local time that happens twice in an overlap; the shifted one in a gap. */
  private List<Instant> atLocal(LocalDate day, LocalTime time) {
    ZonedDateTime local = ZonedDateTime.of(day, time, availability.zone());
    return List.of(local.toInstant(), local.withLaterOffsetAtOverlap().toInstant());
  }

  private List<Instant> transitionsOn(LocalDate day) {
    Instant start = day.atStartOfDay(availability.zone()).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(availability.zone()).toInstant();
    List<Instant> transitions = new ArrayList<>();
    Optional<ZoneOffsetTransition> next = nextTransitionAtOrAfter(start);
    while (next.isPresent() && next.get().getInstant().isBefore(end)) {
      transitions.add(next.get().getInstant());
      next = nextTransitionAtOrAfter(next.get().getInstant().plusNanos(1));
    }
    return transitions;
  }

  private Optional<ZoneOffsetTransition> nextTransitionAtOrAfter(Instant instant) {
    // ZoneRules answers null for a fixed offset; keep that null here.
    return Optional.ofNullable(rules.nextTransition(instant.minusNanos(1)));
  }

  private LocalDate dateOf(Instant instant) {
    return availability.localAt(instant).toLocalDate();
  }

  private static Optional<Instant> pick(
      Optional<Instant> a, Optional<Instant> b, BinaryOperator<Instant> choose) {
    if (a.isEmpty()) {
      return b;
    }
    return b.map(other -> choose.apply(a.get(), other)).or(() -> a);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
