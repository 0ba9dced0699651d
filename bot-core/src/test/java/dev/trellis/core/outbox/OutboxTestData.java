package dev.trellis.core.outbox;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

final class OutboxTestData {

  static final OrgId ACME = new OrgId("acme");
  static final OrgId GLOBEX = new OrgId("globex");

  /** When the dispatcher tests start. */
  static final Instant START = Instant.parse("2026-11-20T14:00:00Z");

  /** Three attempts, retried from 10 seconds up to 10 minutes, 2-minute leases, batches of 500. */
  static final OutboxSettings SETTINGS =
      new OutboxSettings(
          3,
          Duration.ofSeconds(10),
          Duration.ofMinutes(10),
          Duration.ofMinutes(2),
          500,
          8,
          64,
          Duration.ofSeconds(30),
          Duration.ZERO);

  /** The same, one message of an org on its way at a time, so the order of tries is known. */
  static final OutboxSettings ONE_AT_A_TIME =
      new OutboxSettings(
          3,
          Duration.ofSeconds(10),
          Duration.ofMinutes(10),
          Duration.ofMinutes(2),
          500,
          1,
          64,
          Duration.ofSeconds(30),
          Duration.ZERO);

  private OutboxTestData() {}

  static OutboxEntry anEntry(OrgId org, String key, Instant now) {
    return OutboxEntry.fresh(
        DedupeKey.of(org, key),
        new Recipient(
            org, new PersonId("p-" + key), Platform.SLACK, "U" + Math.abs(key.hashCode())),
        aRichMessage(),
        now);
  }

  static OutboundMessage aRichMessage() {
    return OutboundMessage.builder("What is one skill you want to learn next?")
        .header("Your weekly reflection")
        .field("Theme", "Learning")
        .button(Button.primary("reflection.answer", "Answer", "prompt-1"))
        .button(Button.of("reflection.skip", "Skip", "prompt-1"))
        .input(
            new Input.Text(
                "answer",
                "Your answer",
                true,
                Optional.empty(),
                Optional.of("Type here"),
                3000,
                false))
        .input(
            new Input.Select(
                "share",
                "Share",
                List.of(
                    new Input.Choice("private", "Only me"),
                    new Input.Choice("manager", "My manager")),
                Optional.of("private"),
                true))
        .input(new Input.Time("when", "When", Optional.of(LocalTime.of(15, 0)), true))
        .context("Private to you unless you share it")
        .build();
  }
}
