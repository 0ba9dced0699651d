package dev.trellis.core.feedback;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.PeopleSettings;
import java.time.Instant;
import java.util.Optional;

/**
 * Queues a message between people (a request, a reminder, an answer, that a request was declined or
 * expired) for its recipient's next sendable time: a working day that is no org holiday, outside
 * quiet hours and the org's protected slot, not while they paused Trellis, in their zone. These are
 * not nudges: they pass no daily limit. Each message has its own key, so it is queued once.
 */
final class FeedbackDelivery {

  private final Outbox outbox;
  private final Holidays holidays;
  private final PeopleSettings settings;

  FeedbackDelivery(Outbox outbox, Holidays holidays, PeopleSettings settings) {
    this.outbox = outbox;
    this.holidays = holidays;
    this.settings = settings;
  }

  /** Queues the message; false when Trellis cannot reach the person in any chat. */
  boolean send(Person to, String key, OutboundMessage message, Instant now) {
    Optional<Recipient> recipient = Recipients.of(to);
    if (recipient.isEmpty()) {
      return false;
    }
    Instant at =
        Availability.of(
                to, holidays.timeOff(to.orgId()), settings.find(to.orgId(), to.id()).pausedUntil())
            .nextSendableAtOrAfter(now)
            .orElse(now);
    outbox.enqueue(
        new OutboxEntry(
            DedupeKey.of(to.orgId(), "feedback", key),
            recipient.get(),
            message,
            now,
            at,
            0,
            Optional.empty()));
    return true;
  }
}
