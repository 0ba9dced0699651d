package dev.trellis.core.feedback;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.ExportedPeople;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The person's feedback in their export: the requests they sent (with the answers, which are
 * theirs), the feedback they gave (their own words) and the feedback they were given unasked.
 * Requests others sent them and left unanswered show only who asked and about what.
 */
final class FeedbackExport implements PersonalExport {

  private final FeedbackRecords records;
  private final People people;

  FeedbackExport(FeedbackRecords records, People people) {
    this.records = records;
    this.people = people;
  }

  @Override
  public String section() {
    return "feedback";
  }

  @Override
  public Object export(OrgId orgId, PersonId personId) {
    List<Feedback> all = records.involving(orgId, personId);
    ExportedPeople named =
        ExportedPeople.of(
            people,
            orgId,
            all.stream()
                .flatMap(f -> Stream.of(f.receiverId(), f.giverId()))
                .filter(id -> !id.equals(personId))
                .distinct()
                .toList());
    List<Object> asked =
        all.stream()
            .filter(f -> f.asked() && f.receiverId().equals(personId))
            .map(f -> item(f).put("askedOf", named.named(f.giverId())).toMap())
            .map(Object.class::cast)
            .toList();
    List<Object> received =
        all.stream()
            .filter(f -> !f.asked() && f.receiverId().equals(personId))
            .map(f -> item(f).put("from", named.named(f.giverId())).toMap())
            .map(Object.class::cast)
            .toList();
    List<Object> given =
        all.stream()
            .filter(f -> f.giverId().equals(personId))
            .map(f -> given(f, named.named(f.receiverId())))
            .toList();
    return ExportObject.of()
        .put("asked", asked)
        .put("received", received)
        .put("given", given)
        .toMap();
  }

  private static ExportObject item(Feedback f) {
    return ExportObject.of()
        .put("topic", f.topic())
        .put("state", f.state())
        .put("createdAt", f.createdAt())
        .put("expiresAt", f.asked() ? f.expiresAt() : null)
        .put("closedAt", f.closedAt())
        .put("wentWell", f.answer().flatMap(FeedbackAnswer::wentWell))
        .put("tryDifferently", f.answer().flatMap(FeedbackAnswer::tryDifferently))
        .put(
            "sharedWith",
            f.shares().stream()
                .map(s -> ExportObject.of().put("personId", s.with().value()).put("at", s.at()))
                .toList());
  }

  private static Object given(Feedback f, Map<String, Object> to) {
    return ExportObject.of()
        .put("to", to)
        .put("asked", f.asked())
        .put("topic", f.topic())
        .put("state", f.state())
        .put("createdAt", f.createdAt())
        .put("closedAt", f.closedAt())
        .put("wentWell", f.answer().flatMap(FeedbackAnswer::wentWell))
        .put("tryDifferently", f.answer().flatMap(FeedbackAnswer::tryDifferently))
        .toMap();
  }
}
