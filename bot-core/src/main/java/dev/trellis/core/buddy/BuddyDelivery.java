package dev.trellis.core.buddy;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.TimeOff;
import dev.trellis.core.step.Holidays;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Queues buddy messages so each reaches its person at their next sendable moment (a working day,
 * not an org holiday, outside quiet hours, in their own zone), never at night. A message with the
 * same key is queued once.
 */
final class BuddyDelivery {

  private final Outbox outbox;
  private final Holidays holidays;

  BuddyDelivery(Outbox outbox, Holidays holidays) {
    this.outbox = outbox;
    this.holidays = holidays;
  }

  /** Messages of one org queued together, with its holidays read once. */
  final class Batch {
    private final TimeOff days;
    private final OrgId orgId;
    private final List<OutboxEntry> entries = new ArrayList<>();

    private Batch(OrgId orgId) {
      this.orgId = orgId;
      this.days = holidays.timeOff(orgId);
    }

    /**
     * Adds a message for the person; answers when it goes out, or empty when the bot cannot reach
     * them.
     */
    Optional<Instant> add(Person to, String key, OutboundMessage message, Instant now) {
      Optional<Recipient> recipient = Recipients.of(to);
      if (recipient.isEmpty()) {
        return Optional.empty();
      }
      Instant at = sendableAt(to, days, now);
      entries.add(
          new OutboxEntry(
              DedupeKey.of(orgId, key), recipient.get(), message, now, at, 0, Optional.empty()));
      return Optional.of(at);
    }

    /** Adds a message to a whole group's conversation, sent once every member may be sent to. */
    void addToGroup(
        Recipient group, List<Person> members, String key, OutboundMessage message, Instant now) {
      Instant at = now;
      for (Person member : members) {
        Instant theirs = sendableAt(member, days, now);
        at = theirs.isAfter(at) ? theirs : at;
      }
      entries.add(
          new OutboxEntry(DedupeKey.of(orgId, key), group, message, now, at, 0, Optional.empty()));
    }

    int size() {
      return entries.size();
    }

    /** Queues everything added; answers how many were new. */
    int queue() {
      return outbox.enqueueAll(entries);
    }
  }

  Batch batch(OrgId orgId) {
    return new Batch(orgId);
  }

  /**
   * Queues one message for the person; answers when it goes out, or empty when the bot cannot reach
   * them.
   */
  Optional<Instant> send(Person to, String key, OutboundMessage message, Instant now) {
    Batch batch = batch(to.orgId());
    Optional<Instant> at = batch.add(to, key, message, now);
    batch.queue();
    return at;
  }

  /** The person's next sendable moment from now; now when they have none in sight. */
  static Instant sendableAt(Person person, TimeOff orgTimeOff, Instant now) {
    return Availability.of(person, orgTimeOff, Optional.empty())
        .nextSendableAtOrAfter(now)
        .orElse(now);
  }
}
