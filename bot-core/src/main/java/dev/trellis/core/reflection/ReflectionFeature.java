package dev.trellis.core.reflection;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.IndexSpec;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.message.Field;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reflection: the weekly question, its answers (by reply, button or form), sharing them, and the
 * person's history of answers. The prompts come on each person's cadence ({@link ReflectionSteps}).
 */
public final class ReflectionFeature implements Feature {

  /** Where the open question shows on the home view: after the next 1:1. */
  public static final int HOME_PLACE = 20;

  private final AnsweringReflections answering;
  private final SendingReflectionPrompts sending;
  private final Reflections reflections;
  private final Prompts prompts;
  private final People people;

  public ReflectionFeature(
      AnsweringReflections answering,
      SendingReflectionPrompts sending,
      Reflections reflections,
      Prompts prompts,
      People people) {
    this.answering = answering;
    this.sending = sending;
    this.reflections = reflections;
    this.prompts = prompts;
    this.people = people;
  }

  @Override
  public void register(Routes routes) {
    ShowingHistory history = new ShowingHistory(reflections, people);
    routes
        .command(
            TrellisCommand.History.class, (c, asked) -> history.show(asked.person(), c.count()))
        .buttons("reflection", answering::press)
        .form(ReflectionActions.SUBMIT, answering::submit)
        .freeText(new AnsweringInFreeText(answering))
        .helpLines("/trellis history [n]  your last answers")
        .home(HOME_PLACE, this::openQuestion)
        .plans(new ReflectionSteps())
        .steps(sending)
        .index(IndexSpec.on("reflections", "person_history", "orgId", "personId", "answeredAt"))
        .index(IndexSpec.on("reflections", "person_shares", "orgId", "personId", "shares.with"))
        .index(IndexSpec.on("prompts", "org_sent", "orgId", "sentAt"))
        .erases(new ReflectionErasure())
        .exports(new ReflectionExport(reflections, people))
        .counts(new ReflectionCounts(prompts, reflections));
  }

  /**
   * Answers and prompts stay counted (sent, answered, shared) under the anonymous id, without what
   * the person wrote; a question's first close ({@code prompt_closes}) names nobody.
   */
  private final class ReflectionErasure implements PersonalErasure {

    @Override
    public Set<String> collections() {
      return Set.of("reflections", "prompts", "prompt_closes");
    }

    @Override
    public void erase(Erasure erasure) {
      reflections.eraseOf(erasure);
      prompts.eraseOf(erasure);
    }

    @Override
    public void forgetTextsBefore(OrgId orgId, Instant cutoff) {
      reflections.forgetTextsBefore(orgId, cutoff);
    }
  }

  private List<Field> openQuestion(Person person, Instant now) {
    String waiting =
        prompts
            .latest(person.orgId(), person.id())
            .flatMap(id -> prompts.findById(person.orgId(), id))
            .filter(p -> p.state() == Prompt.State.OPEN && now.isBefore(p.expiresAt()))
            .map(Prompt::questionText)
            .orElse("Nothing right now");
    return List.of(new Field("Waiting for your answer", waiting));
  }
}
