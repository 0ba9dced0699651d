package dev.trellis.core.goal;

import dev.trellis.core.directory.Person;
import dev.trellis.core.oneonone.AgendaContext;
import dev.trellis.core.oneonone.AgendaSection;
import dev.trellis.core.oneonone.AgendaSource;
import dev.trellis.core.privacy.SharedItemAccess;
import java.time.Instant;
import java.util.List;

/**
 * The agenda's goals: the report's open goals shared with this 1:1's manager, with their next steps
 * and how long since each moved. Only while that manager is the report's manager in the directory
 * ({@link SharedItemAccess}); a 1:1 with anyone else shows no goal section at all (the agenda
 * already says that shared items go only to the manager).
 */
public final class SharedGoalsInAgenda implements AgendaSource {

  static final int MAX_GOALS = 8;
  private static final int TEXT_EXCERPT = 200;
  private static final int STEP_EXCERPT = 200;

  private final Goals goals;

  public SharedGoalsInAgenda(Goals goals) {
    this.goals = goals;
  }

  @Override
  public List<AgendaSection> sectionsFor(AgendaContext context) {
    Person manager = context.manager();
    Person report = context.report();
    if (!SharedItemAccess.isCurrentManager(manager, report)) {
      return List.of();
    }
    List<Goal> shared =
        SharedItemAccess.visibleTo(
            manager, report, goals.openSharedWith(report.orgId(), report.id(), manager.id()));
    String title = report.name() + "'s goals shared with you";
    if (shared.isEmpty()) {
      return List.of(new AgendaSection(title, "No open goal shared with you."));
    }
    Instant now = context.occurrence().start();
    StringBuilder body = new StringBuilder();
    for (Goal goal : shared.subList(0, Math.min(MAX_GOALS, shared.size()))) {
      body.append("• ")
          .append(GoalWords.excerpt(goal.text(), TEXT_EXCERPT))
          .append(" (")
          .append(GoalWords.direction(goal.direction()).toLowerCase(java.util.Locale.ROOT))
          .append(")\n  Next step: ")
          .append(goal.nextStep().map(s -> GoalWords.excerpt(s, STEP_EXCERPT)).orElse("none yet"))
          .append(" · ")
          .append(GoalWords.sinceMoved(goal.movedAt(), now))
          .append('\n');
    }
    if (shared.size() > MAX_GOALS) {
      body.append("(").append(shared.size() - MAX_GOALS).append(" more not shown)");
    }
    return List.of(new AgendaSection(title, body.toString().strip()));
  }
}
