package dev.trellis.core.feedback;

import dev.trellis.core.directory.Person;
import dev.trellis.core.oneonone.AgendaContext;
import dev.trellis.core.oneonone.AgendaSection;
import dev.trellis.core.oneonone.AgendaSource;
import dev.trellis.core.privacy.SharedItemAccess;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The feedback part of a manager's 1:1 agenda, only while they are the report's manager in the
 * directory: how many requests the report sent and received since the last 1:1, the answers the
 * report shared with this manager since then, and a line when this manager gave the report no
 * feedback in the org's N weeks. A 1:1 with a skip-level, mentor or peer, or a former manager,
 * shows nothing of it; a new manager sees only what was shared with them.
 */
public final class FeedbackInAgenda implements AgendaSource {

  static final int MAX_SHOWN = 5;
  static final int EXCERPT = 280;

  private final FeedbackRecords records;
  private final FeedbackCadence cadence;

  public FeedbackInAgenda(FeedbackRecords records, FeedbackCadence cadence) {
    this.records = records;
    this.cadence = cadence;
  }

  @Override
  public List<AgendaSection> sectionsFor(AgendaContext context) {
    Person manager = context.manager();
    Person report = context.report();
    if (!SharedItemAccess.isCurrentManager(manager, report)) {
      return List.of();
    }
    Instant since = context.since();
    long sent = records.countAskedBy(report.orgId(), report.id(), since);
    long received = records.countAskedOf(report.orgId(), report.id(), since);
    StringBuilder body =
        new StringBuilder("Since your last 1:1, ")
            .append(report.name())
            .append(" asked for feedback ")
            .append(times(sent))
            .append(" and was asked ")
            .append(times(received))
            .append('.');
    List<Feedback> shared =
        SharedItemAccess.visibleTo(
            manager, report, records.sharedWith(report.orgId(), report.id(), manager.id(), since));
    for (Feedback f : shared.subList(Math.max(0, shared.size() - MAX_SHOWN), shared.size())) {
      body.append("\n• Shared with you")
          .append(f.topic().map(t -> ", on “" + excerpt(t) + "”").orElse(""))
          .append(":\n  ")
          .append(excerpt(FeedbackMessages.answerText(f.answer().orElseThrow())));
    }
    notGivenLately(manager, report, context.occurrence().start())
        .ifPresent(line -> body.append("\n").append(line));
    return List.of(new AgendaSection("Feedback", body.toString()));
  }

  private Optional<String> notGivenLately(Person manager, Person report, Instant at) {
    Optional<Instant> last = records.lastGiven(report.orgId(), manager.id(), report.id());
    if (last.isPresent() && last.get().isAfter(at.minus(cadence.askNudgeAfter(report.orgId())))) {
      return Optional.empty();
    }
    return Optional.of(
        last.map(
                t ->
                    "You have not given "
                        + report.name()
                        + " feedback since "
                        + FeedbackMessages.day(t, manager.timeZone())
                        + ".")
            .orElse(
                "You have not given "
                    + report.name()
                    + " feedback in Trellis yet: /feedback give "
                    + "@"
                    + report.email().value().substring(0, report.email().value().indexOf('@'))));
  }

  private static String times(long count) {
    return count == 1 ? "once" : count + " times";
  }

  private static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).strip() + "…";
  }
}
