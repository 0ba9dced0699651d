package dev.trellis.core.opportunity;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.step.Holidays;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Queues a message between people about an opportunity (an interest for the poster, a fill for the
 * person, an intro for both) for its recipient's next sendable time: a working day that is no org
 * holiday, outside quiet hours, in their zone. A person's answer to someone, not a nudge, so it
 * passes no daily limit. Each message has its own key, so it is queued once.
 */
final class OpportunityDelivery {

  private final Outbox outbox;
  private final Holidays holidays;

  OpportunityDelivery(Outbox outbox, Holidays holidays) {
    this.outbox = outbox;
    this.holidays = holidays;
  }

  /** Queues the message; false when Trellis cannot reach the person in any chat. */
  boolean send(Person to, String key, OutboundMessage message, Instant now) {
    Optional<Recipient> recipient = Recipients.of(to);
    if (recipient.isEmpty()) {
      return false;
    }
    enqueue(recipient.get(), List.of(to), key, message, now);
    return true;
  }

  /** Queues one message to a group conversation, sent once every member may be sent to. */
  void sendToGroup(
      Recipient group, List<Person> members, String key, OutboundMessage message, Instant now) {
    enqueue(group, members, key, message, now);
  }

  private void enqueue(
      Recipient recipient, List<Person> members, String key, OutboundMessage message, Instant now) {
    Instant at = now;
    for (Person member : members) {
      Instant theirs =
          Availability.of(member, holidays.of(member.orgId()), Optional.empty())
              .nextSendableAtOrAfter(now)
              .orElse(now);
      at = theirs.isAfter(at) ? theirs : at;
    }
    outbox.enqueue(
        new OutboxEntry(
            DedupeKey.of(recipient.orgId(), "opportunity", key),
            recipient,
            message,
            now,
            at,
            0,
            Optional.empty()));
  }
}
