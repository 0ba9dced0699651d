package dev.trellis.core.oneonone;

import dev.trellis.core.directory.Person;
import dev.trellis.core.privacy.SharedItemAccess;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.Reflections;
import java.util.List;

/**
 * The agenda's first section: what the report shared with this 1:1's manager since the last 1:1
 * (reflections and takeaways), newest last, each with its question, an excerpt of the answer and
 * the next step. Only while that manager is the report's manager in the directory ({@link
 * SharedItemAccess}): a 1:1 with a skip-level, mentor or peer, or with a former manager, shows no
 * shared items, and a new manager sees only what was shared with them, never what was shared with
 * the one before.
 */
public final class SharedSinceLastOneOnOne implements AgendaSource {

  static final int MAX_ITEMS = 5;
  static final int ANSWER_EXCERPT = 280;
  static final int NEXT_STEP_EXCERPT = 200;

  private final Reflections reflections;

  public SharedSinceLastOneOnOne(Reflections reflections) {
    this.reflections = reflections;
  }

  @Override
  public List<AgendaSection> sectionsFor(AgendaContext context) {
    Person manager = context.manager();
    Person report = context.report();
    if (!SharedItemAccess.isCurrentManager(manager, report)) {
      return List.of(
          new AgendaSection(
              "Shared by " + report.name(),
              "What "
                  + report.name()
                  + " shares goes only to their manager, so none of it appears in this 1:1."));
    }
    List<Reflection> shared =
        SharedItemAccess.visibleTo(
            manager,
            report,
            reflections.sharedWith(report.orgId(), report.id(), manager.id(), context.since()));
    String title = "Shared by " + report.name() + " since your last 1:1";
    if (shared.isEmpty()) {
      return List.of(new AgendaSection(title, "Nothing shared yet."));
    }
    List<Reflection> shown = shared.subList(Math.max(0, shared.size() - MAX_ITEMS), shared.size());
    StringBuilder body = new StringBuilder();
    int earlier = shared.size() - shown.size();
    if (earlier > 0) {
      body.append("(")
          .append(earlier)
          .append(earlier == 1 ? " earlier item" : " earlier items")
          .append(" not shown)\n");
    }
    for (Reflection r : shown) {
      body.append("• ").append(r.question()).append('\n');
      body.append("  ").append(excerpt(r.answer(), ANSWER_EXCERPT)).append('\n');
      r.nextStep()
          .ifPresent(
              s -> body.append("  Next step: ").append(excerpt(s, NEXT_STEP_EXCERPT)).append('\n'));
    }
    return List.of(new AgendaSection(title, body.toString().strip()));
  }

  static String excerpt(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
  }
}
