package dev.trellis.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.command.BuddyCommand;
import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.step.PlanningOrg;
import dev.trellis.core.step.StepHandler;
import dev.trellis.core.step.StepSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each route belongs to one feature: a second claim stops start-up and names both features. */
class RoutesTest {

  private static final CommandHandler<TrellisCommand> ANSWER = (c, asked) -> Response.say("ok");

  @Test
  void aCommandTypeClaimedTwiceStopsStartUpNamingBothFeatures() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(r -> r.command(TrellisCommand.History.class, ANSWER)),
                        new Sharing(r -> r.command(TrellisCommand.History.class, ANSWER)))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessage(
            "The command History is claimed by both Reflecting and Sharing: each route belongs"
                + " to one feature.");
  }

  @Test
  void aCommandFamilyAndOneOfItsCommandsCannotGoToTwoFeatures() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(
                            r -> r.command(BuddyCommand.class, (c, asked) -> Response.say("all"))),
                        new Sharing(
                            r ->
                                r.command(
                                    BuddyCommand.Join.class, (c, asked) -> Response.say("join"))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("The command Join");
  }

  @Test
  void aButtonNamespaceClaimedTwiceStopsStartUp() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(r -> r.buttons("reflection", (p, b) -> Response.say("a"))),
                        new Sharing(r -> r.buttons("reflection", (p, b) -> Response.say("b"))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("The button namespace reflection.");
  }

  @Test
  void aFormClaimedTwiceStopsStartUp() {
    ActionId submit = new ActionId("reflection.submit");
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(r -> r.form(submit, (p, f) -> Response.say("a"))),
                        new Sharing(r -> r.form(submit, (p, f) -> Response.say("b"))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("The form reflection.submit");
  }

  @Test
  void aHelpTopicClaimedTwiceStopsStartUp() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(r -> r.helpTopic(new HelpTopic("budd", "one"))),
                        new Sharing(r -> r.helpTopic(new HelpTopic("budd", "two"))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("The help topic budd");
  }

  @Test
  void aStepKindClaimedTwiceStopsStartUp() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(r -> r.steps(new Steps(StepKind.of("REFLECTION_PROMPT")))),
                        new Sharing(r -> r.steps(new Steps(StepKind.of("REFLECTION_PROMPT")))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("The step kind REFLECTION_PROMPT");
  }

  @Test
  void aStepKindPlannedByTwoFeaturesStopsStartUp() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(r -> r.plans(new Source("PROMPT", "prompt:"))),
                        new Sharing(r -> r.plans(new Source("PROMPT", "shared:"))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("Planning the step kind PROMPT");
  }

  @Test
  void aKeyPrefixOfTwoFeaturesStopsStartUp() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(r -> r.plans(new Source("PROMPT", "prompt:"))),
                        new Sharing(r -> r.plans(new Source("SHARE", "prompt:"))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("The step key prefix prompt:");
  }

  @Test
  void theStepSourcesAndTheirKindsAreListedInTheFeaturesOrder() {
    Source prompts = new Source("PROMPT", "prompt:");
    Source shares = new Source("SHARE", "share:");

    Routes routes =
        Routes.of(
            List.of(new Reflecting(r -> r.plans(prompts)), new Sharing(r -> r.plans(shares))));

    assertThat(routes.stepSources()).containsExactly(prompts, shares);
    assertThat(routes.plannedKinds()).containsExactly(StepKind.of("PROMPT"), StepKind.of("SHARE"));
  }

  @Test
  void aWordOfTheCommonGrammarCannotBeClaimed() {
    assertThatThrownBy(
            () ->
                Routes.of(
                    List.of(
                        new Reflecting(
                            r ->
                                r.word(
                                    new CommandWord("pause", "pause", rest -> Optional.empty()))))))
        .isInstanceOf(DuplicateRouteException.class)
        .hasMessageContaining("The command word pause is claimed by both the common grammar");
  }

  @Test
  void routesAreRegisteredOnlyAtStartUp() {
    Routes routes = Routes.of(List.of());

    assertThatThrownBy(() -> routes.helpLines("late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only from Feature.register");
  }

  @Test
  void aPressGoesToTheNamespaceBeforeTheFirstDot() {
    Routes routes =
        Routes.of(
            List.of(new Reflecting(r -> r.buttons("reflection", (p, b) -> Response.say("a")))));

    assertThat(routes.button(new ActionId("reflection.share.3"))).isPresent();
    assertThat(routes.button(new ActionId("reflections.share"))).isEmpty();
  }

  /** Two features that register what they are given. */
  private record Reflecting(java.util.function.Consumer<Routes> registration) implements Feature {
    @Override
    public void register(Routes routes) {
      registration.accept(routes);
    }
  }

  private record Sharing(java.util.function.Consumer<Routes> registration) implements Feature {
    @Override
    public void register(Routes routes) {
      registration.accept(routes);
    }
  }

  /** Plans nothing, under its own kind and key prefix. */
  private record Source(String kind, String prefix) implements StepSource {
    @Override
    public Set<StepKind> kinds() {
      return Set.of(StepKind.of(kind));
    }

    @Override
    public Set<String> keyPrefixes() {
      return Set.of(prefix);
    }

    @Override
    public StepPlan plan(PlanningOrg org, PlanningWindow window) {
      return StepPlan.empty();
    }
  }

  private record Steps(StepKind kind) implements StepHandler {
    @Override
    public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
      return Map.of();
    }
  }
}
