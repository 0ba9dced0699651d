package dev.trellis.core.oneonone;

import dev.trellis.core.schedule.Availability;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the manager's agenda goes out. Nominally {@code lead} before the start. When the manager
 * cannot be sent anything then, the sendable instant nearest to it that is still at least 15
 * minutes before the start and at most 24 hours before it; on a tie, the later one. So a 07:00
 * nudge in quiet hours moves to 08:00 for a 09:00 1:1, and to 18:59 the working day before for an
 * 08:00 1:1 (no more than 24 hours ahead, else there is none).
 */
final class AgendaTiming {

  static final Duration MIN_BEFORE_START = Duration.ofMinutes(15);
  static final Duration MAX_BEFORE_START = Duration.ofHours(24);

  private AgendaTiming() {}

  static Optional<Instant> dueAt(Occurrence occurrence, Duration lead, Availability manager) {
    Instant nominal = occurrence.start().minus(lead);
    if (manager.isSendable(nominal)) {
      return Optional.of(nominal);
    }
    Optional<Instant> later =
        manager.nextSendable(nominal, occurrence.start().minus(MIN_BEFORE_START));
    Optional<Instant> earlier =
        manager.latestSendable(nominal, occurrence.start().minus(MAX_BEFORE_START));
    if (later.isEmpty() || earlier.isEmpty()) {
      return later.or(() -> earlier);
    }
    Duration wait = Duration.between(nominal, later.get());
    Duration advance = Duration.between(earlier.get(), nominal);
    return wait.compareTo(advance) <= 0 ? later : earlier;
  }
}
