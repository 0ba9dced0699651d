package dev.trellis.app.admin;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.OutboxDispatcher;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.SendingReflectionPrompts;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sends a person a reflection prompt now, outside their cadence (to try Trellis out, say). */
@RestController
class PromptsAdminController {

  private static final Logger log = LoggerFactory.getLogger(PromptsAdminController.class);

  private final Orgs orgs;
  private final People people;
  private final SendingReflectionPrompts sending;
  private final OutboxDispatcher dispatcher;
  private final Clock clock;

  PromptsAdminController(
      Orgs orgs,
      People people,
      SendingReflectionPrompts sending,
      OutboxDispatcher dispatcher,
      Clock clock) {
    this.orgs = orgs;
    this.people = people;
    this.sending = sending;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** The answer: the prompt that was stored and queued. */
  record SentPrompt(String promptId) {}

  @PostMapping("/api/admin/orgs/{orgId}/people/{email}/prompts")
  ResponseEntity<SentPrompt> sendNow(@PathVariable String orgId, @PathVariable String email) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    Person person = PersonPaths.existing(people, id, email);
    if (Recipients.of(person).isEmpty()) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          person.email()
              + " has no Slack user id and no Teams AAD object id, so Trellis cannot reach them."
              + " Add slack_user_id or teams_aad_object_id to their row and import the people"
              + " CSV again.");
    }
    Optional<PromptId> prompt = sending.sendNow(person, clock.instant());
    if (prompt.isEmpty()) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          "There is no question left to ask "
              + person.email()
              + ": every question of the org is retired. Add one with POST /api/admin/orgs/"
              + id
              + "/questions");
    }
    dispatchNow();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(new SentPrompt(prompt.get().value()));
  }

  /**
   * Starts sending what is due at once rather than at the next tick. The prompt is already safe in
   * the outbox, so a failure here only delays it: the answer stays 202, since a retry by the caller
   * would send a second prompt.
   */
  private void dispatchNow() {
    try {
      dispatcher.startDue();
    } catch (RuntimeException e) {
      log.warn("Dispatching the outbox after a send-now failed; the next tick tries again", e);
    }
  }
}
