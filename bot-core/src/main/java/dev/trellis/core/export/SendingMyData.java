package dev.trellis.core.export;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code my-data}: builds the person's export, keeps it encrypted for {@link #KEPT_FOR}, and queues
 * a message to their DM with the file attached; the platform's sender uploads it (or links to it
 * where the platform cannot take a file). The person is told at once that it is on its way.
 */
final class SendingMyData {

  /** How long an export waits to be delivered, and how long its link works. */
  static final Duration KEPT_FOR = Duration.ofMinutes(15);

  static final String PREPARING =
      "Your export is being prepared: it will arrive in your direct messages with Trellis in a"
          + " moment, as one JSON file with everything Trellis keeps of yours.";

  private final PersonalDataExport export;
  private final StoredExports stored;
  private final Outbox outbox;

  SendingMyData(PersonalDataExport export, StoredExports stored, Outbox outbox) {
    this.export = export;
    this.stored = stored;
    this.outbox = outbox;
  }

  Response run(TrellisCommand.ExportMyData command, Asked asked) {
    Instant now = asked.at();
    Optional<Recipient> recipient =
        Recipients.on(asked.person(), asked.platform()).or(() -> Recipients.of(asked.person()));
    if (recipient.isEmpty()) {
      return Response.say("Trellis cannot reach you in a chat, so it cannot send your export.");
    }
    stored.deleteExpired(now);
    String id = UUID.randomUUID().toString();
    stored.save(
        new StoredExport(
            id,
            asked.person().orgId(),
            asked.person().id(),
            export.json(asked.person().orgId(), asked.person().id()),
            now.plus(KEPT_FOR)));
    String filename = "trellis-export-" + now.atZone(ZoneOffset.UTC).toLocalDate() + ".json";
    OutboundMessage message =
        OutboundMessage.builder(
                "Here is your Trellis export: everything Trellis keeps of yours, as JSON. The"
                    + " README's \"Your data: my-data\" part describes each field.")
            .file(new FileAttachment(id, filename, "Your Trellis export"))
            .build();
    outbox.enqueue(
        OutboxEntry.fresh(
            DedupeKey.of(asked.person().orgId(), "my-data", id), recipient.get(), message, now));
    return Response.say(PREPARING);
  }
}
