package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.StepHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends the manager's agenda before each 1:1: when it is (in the manager's zone), the sections of
 * each {@link AgendaSource} about the time since the previous occurrence, and the occurrence's two
 * development questions, picked now and kept for the last-15 prompt.
 */
public final class SendingAgendas implements StepHandler {

  /**
   * How far back a first 1:1's agenda looks, with no previous occurrence to start from; over what
   * was shared with this 1:1's manager only, so a new manager never sees what the one before saw.
   */
  static final Duration FIRST_LOOK_BACK = Duration.ofDays(30);

  private final OneOnOneTargets targets;
  private final DevelopmentQuestions questions;
  private final List<AgendaSource> sources;

  public SendingAgendas(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      DevelopmentQuestions questions,
      List<AgendaSource> sources,
      Outbox outbox) {
    this.targets = new OneOnOneTargets(oneOnOnes, people, settings, outbox, Occurrence::start);
    this.questions = questions;
    this.sources = List.copyOf(sources);
  }

  @Override
  public StepKind kind() {
    return OneOnOneSteps.AGENDA_NUDGE;
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    return targets.send(steps, now, target -> agenda(target, now));
  }

  private OutboundMessage agenda(OneOnOneTargets.Target target, Instant now) {
    Occurrence occurrence = target.occurrence();
    Instant since =
        Occurrences.before(target.oneOnOne(), occurrence)
            .map(Occurrence::start)
            .orElse(occurrence.start().minus(FIRST_LOOK_BACK));
    AgendaContext context =
        new AgendaContext(target.oneOnOne(), occurrence, target.manager(), target.report(), since);
    List<AgendaSection> sections = new ArrayList<>();
    sources.forEach(source -> sections.addAll(source.sectionsFor(context)));
    List<PickedQuestion> picked =
        questions.forOccurrence(target.oneOnOne(), occurrence.date(), now);
    return OneOnOneMessages.agenda(context, sections, picked);
  }
}
