package dev.trellis.core.feedback;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.StepHandler;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What follows a request: one reminder to the giver a week after it was asked, if it is still open,
 * and at two weeks, if still unanswered, a word to the asker that it expired. Both are one-off
 * steps planned when the request is made (keys {@code feedback-reminder:<id>}, {@code
 * feedback-expiry:<id>}), which re-planning leaves alone.
 *
 * <p>Neither is a nudge: a reminder is about a request a colleague sent, a message between people
 * like the request itself, and telling the asker their request expired answers what they did. So
 * they pass no daily limit ({@link dev.trellis.core.step.NudgeRule}); like every message between
 * people they wait for the recipient's next sendable time.
 */
final class FollowingUpRequests {

  static final StepKind REMINDER = StepKind.of("FEEDBACK_REMINDER");
  static final StepKind EXPIRY = StepKind.of("FEEDBACK_EXPIRY");

  private static final String REMINDER_PREFIX = "feedback-reminder:";
  private static final String EXPIRY_PREFIX = "feedback-expiry:";

  private final FeedbackRecords records;
  private final People people;
  private final DueSteps steps;
  private final FeedbackDelivery delivery;

  FollowingUpRequests(
      FeedbackRecords records, People people, DueSteps steps, FeedbackDelivery delivery) {
    this.records = records;
    this.people = people;
    this.steps = steps;
    this.delivery = delivery;
  }

  /** Plans the reminder and the expiry of new requests. */
  void plan(List<Feedback> requests, Map<PersonId, Person> byId) {
    steps.plan(
        requests.stream()
            .flatMap(
                r ->
                    Stream.of(
                        step(
                            REMINDER,
                            r,
                            byId.get(r.giverId()),
                            REMINDER_PREFIX,
                            r.createdAt().plus(Feedback.REMIND_AFTER)),
                        step(EXPIRY, r, byId.get(r.receiverId()), EXPIRY_PREFIX, r.expiresAt())))
            .toList());
  }

  private static PlannedStep step(
      StepKind kind, Feedback request, Person to, String prefix, Instant at) {
    return new PlannedStep(
        kind,
        request.orgId(),
        to.id(),
        at,
        at.atZone(to.timeZone()),
        new OccurrenceKey(prefix + request.id().value()),
        Optional.empty());
  }

  StepHandler reminders() {
    return new Handler(REMINDER, REMINDER_PREFIX, this::remind);
  }

  StepHandler expiries() {
    return new Handler(EXPIRY, EXPIRY_PREFIX, this::tellExpired);
  }

  private String remind(Feedback request, Instant now) {
    if (!request.isOpen(now)) {
      return "skipped: no longer open";
    }
    Optional<Person> asker = person(request.orgId(), request.receiverId());
    Optional<Person> giver = person(request.orgId(), request.giverId());
    if (asker.isEmpty() || giver.isEmpty()) {
      return "skipped: person removed";
    }
    boolean queued =
        delivery.send(
            giver.get(),
            "reminder:" + request.id().value(),
            FeedbackMessages.reminder(request, asker.get(), giver.get()),
            now);
    return queued ? "sent" : "skipped: no chat identity";
  }

  private String tellExpired(Feedback request, Instant now) {
    if (!request.isExpired(now)) {
      return "skipped: answered or declined";
    }
    Optional<Person> asker = person(request.orgId(), request.receiverId());
    Optional<Person> giver = person(request.orgId(), request.giverId());
    if (asker.isEmpty() || giver.isEmpty()) {
      return "skipped: person removed";
    }
    boolean queued =
        delivery.send(
            asker.get(),
            "expired:" + request.id().value(),
            FeedbackMessages.expired(request, giver.get()),
            now);
    return queued ? "sent" : "skipped: no chat identity";
  }

  private Optional<Person> person(OrgId orgId, PersonId id) {
    return people.findById(orgId, id);
  }

  private interface FollowUp {
    String run(Feedback request, Instant now);
  }

  /** Runs the follow-ups of one kind; each step names its request in its key. */
  private final class Handler implements StepHandler {
    private final StepKind kind;
    private final String prefix;
    private final FollowUp followUp;

    Handler(StepKind kind, String prefix, FollowUp followUp) {
      this.kind = kind;
      this.prefix = prefix;
      this.followUp = followUp;
    }

    @Override
    public StepKind kind() {
      return kind;
    }

    @Override
    public Map<PlannedStep, String> run(List<PlannedStep> due, Instant now) {
      Map<PlannedStep, String> outcomes = new HashMap<>();
      for (PlannedStep step : due) {
        String key = step.key().value();
        Optional<Feedback> request =
            key.startsWith(prefix)
                ? FeedbackId.read(key.substring(prefix.length()))
                    .flatMap(id -> records.find(step.orgId(), id))
                : Optional.empty();
        outcomes.put(
            step, request.map(r -> followUp.run(r, now)).orElse("skipped: no such request"));
      }
      return outcomes;
    }
  }
}
