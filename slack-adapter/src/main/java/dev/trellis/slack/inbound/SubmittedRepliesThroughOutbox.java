package dev.trellis.slack.inbound;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import java.time.Clock;

/**
 * The engine's answer to a submitted modal goes to the person through the outbox, once per modal (a
 * submission Slack sends again finds the same key); someone the bot cannot reach gets nothing.
 */
public final class SubmittedRepliesThroughOutbox implements SlackInteractions.SubmittedReplies {

  private final Outbox outbox;
  private final Clock clock;

  public SubmittedRepliesThroughOutbox(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void send(Person person, String viewId, OutboundMessage message) {
    Recipients.of(person)
        .ifPresent(
            to ->
                outbox.enqueue(
                    OutboxEntry.fresh(
                        DedupeKey.of(person.orgId(), "slack-form", viewId),
                        to,
                        message,
                        clock.instant())));
  }
}
