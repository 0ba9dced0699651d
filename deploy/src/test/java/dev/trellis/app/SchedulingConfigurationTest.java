package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.StepHandler;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingConfigurationTest {

  @Test
  void givenTwoHandlersOfOneKind_thenStartingFailsAndNamesBoth() {
    List<StepHandler> handlers =
        List.of(
            new Handler(StepKind.of("AGENDA_NUDGE")),
            new OtherHandler(StepKind.of("AGENDA_NUDGE")));

    assertThatThrownBy(() -> SchedulingConfiguration.requireOneHandlerPerKind(handlers, List.of()))
        .hasMessageContaining("Two step handlers for AGENDA_NUDGE")
        .hasMessageContaining(Handler.class.getName())
        .hasMessageContaining(OtherHandler.class.getName());
  }

  @Test
  void givenOneHandlerPerKindOrNone_thenStartingGoesOn() {
    assertThatCode(
            () ->
                SchedulingConfiguration.requireOneHandlerPerKind(
                    List.of(
                        new Handler(StepKind.of("REFLECTION_PROMPT")),
                        new Handler(StepKind.of("AGENDA_NUDGE"))),
                    List.of(StepKind.of("AGENDA_NUDGE"))))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                SchedulingConfiguration.requireOneHandlerPerKind(
                    List.of(), List.of(StepKind.of("AGENDA_NUDGE"))))
        .doesNotThrowAnyException();
  }

  private static class Handler implements StepHandler {
    private final StepKind kind;

    Handler(StepKind kind) {
      this.kind = kind;
    }

    @Override
    public StepKind kind() {
      return kind;
    }

    @Override
    public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
      return Map.of();
    }
  }

  private static final class OtherHandler extends Handler {
    OtherHandler(StepKind kind) {
      super(kind);
    }
  }
}
