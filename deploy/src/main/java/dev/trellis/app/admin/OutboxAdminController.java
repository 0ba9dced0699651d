package dev.trellis.app.admin;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.DeadLetter;
import dev.trellis.core.outbox.DeadLetterRetries;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows what an org's outbox holds: messages still to send, and the ones it gave up on; puts a dead
 * one back to be sent again.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/outbox")
class OutboxAdminController {

  private static final int MAX_LIMIT = 1000;

  /** Most dead letters of an org looked through for the one a retry names. */
  private static final int MAX_DEAD_SEARCHED = 100_000;

  private final Orgs orgs;
  private final People people;
  private final Outbox outbox;
  private final DeadLetterRetries retries;
  private final Clock clock;

  OutboxAdminController(
      Orgs orgs, People people, Outbox outbox, DeadLetterRetries retries, Clock clock) {
    this.orgs = orgs;
    this.people = people;
    this.outbox = outbox;
    this.retries = retries;
    this.clock = clock;
  }

  /**
   * One outbox message as admins see it: who (the recipient's id, and name and email while they are
   * in the directory), when and why, never what it says nor what it is about. {@code id} tells
   * messages apart without their key, which can name what someone did (a buddy who skipped, a
   * meetup marked done).
   */
  record OutboxItem(
      String id,
      String personId,
      String name,
      String email,
      String platform,
      String state,
      int attempts,
      String reason,
      String at) {}

  /** What a listed message is, before its recipient is looked up in the directory. */
  private record Listed(
      DedupeKey key, Recipient recipient, String state, int attempts, String reason, Instant at) {}

  @GetMapping
  List<OutboxItem> list(
      @PathVariable String orgId,
      @RequestParam(defaultValue = "dead") String state,
      @RequestParam(defaultValue = "100") int limit) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new AdminApiException(HttpStatus.BAD_REQUEST, "limit must be 1 to " + MAX_LIMIT);
    }
    List<Listed> listed =
        switch (state) {
          case "dead" ->
              outbox.dead(id, limit).stream()
                  .map(
                      d ->
                          new Listed(
                              d.key(), d.recipient(), "dead", d.attempts(), d.reason(), d.diedAt()))
                  .toList();
          case "pending" ->
              outbox.pending(id, limit).stream()
                  .map(
                      e ->
                          new Listed(
                              e.key(),
                              e.recipient(),
                              "pending",
                              e.attempts(),
                              e.lastError().orElse(null),
                              e.nextAttemptAt()))
                  .toList();
          default ->
              throw new AdminApiException(HttpStatus.BAD_REQUEST, "state must be dead or pending");
        };
    Map<PersonId, Person> recipients =
        people.byIds(id, listed.stream().map(l -> l.recipient().personId()).toList());
    return listed.stream()
        .map(
            l -> {
              Optional<Person> person =
                  Optional.ofNullable(recipients.get(l.recipient().personId()));
              return new OutboxItem(
                  idOf(l.key()),
                  l.recipient().personId().value(),
                  person.map(Person::name).orElse(null),
                  person.map(p -> p.email().value()).orElse(null),
                  l.recipient().platform().name(),
                  l.state(),
                  l.attempts(),
                  l.reason(),
                  l.at().toString());
            })
        .toList();
  }

  /** Puts a dead letter back in the outbox, due now, with its attempts counted from none. */
  @PostMapping("/{id}/retry")
  ResponseEntity<Void> retry(@PathVariable String orgId, @PathVariable String id) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    DedupeKey key =
        outbox.dead(org, MAX_DEAD_SEARCHED).stream()
            .map(DeadLetter::key)
            .filter(k -> idOf(k).equals(id))
            .findFirst()
            .orElseThrow(() -> noDeadLetter(id));
    return switch (retries.retry(org, key, clock.instant())) {
      case QUEUED -> ResponseEntity.accepted().build();
      case NOT_FOUND -> throw noDeadLetter(id);
      case NOTHING_TO_SEND ->
          throw new AdminApiException(
              HttpStatus.CONFLICT,
              "Dead letter "
                  + id
                  + " kept no message to send again (it was given up before dead letters kept"
                  + " theirs, or it did not decrypt)");
    };
  }

  private static AdminApiException noDeadLetter(String id) {
    return new AdminApiException(
        HttpStatus.NOT_FOUND,
        "There is no dead letter " + id + " in this org. GET .../outbox?state=dead lists them.");
  }

  /** The first 16 hex digits of the key's SHA-256: stable, and says nothing of the message. */
  static String idOf(DedupeKey key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.value().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
