package dev.trellis.core.step;

import dev.trellis.core.schedule.StepKind;
import io.micrometer.core.instrument.Metrics;

/**
 * The counters of prompts and other steps by kind (the step kind's name: a few dozen values at
 * most, never anything about a person), on Micrometer's global registry: planned, run and sent,
 * answered, and dropped as too late.
 */
public final class StepMeters {

  static final String PLANNED = "trellis.prompts.planned";
  static final String SENT = "trellis.prompts.sent";
  static final String ANSWERED = "trellis.prompts.answered";
  static final String DROPPED_LATE = "trellis.steps.dropped.late";
  private static final String KIND = "kind";

  private StepMeters() {}

  /** {@code count} steps of {@code kind} newly planned. */
  public static void planned(StepKind kind, int count) {
    if (count > 0) {
      Metrics.counter(PLANNED, KIND, kind.name()).increment(count);
    }
  }

  /** A step of {@code kind} ran and sent its message. */
  public static void sent(StepKind kind) {
    Metrics.counter(SENT, KIND, kind.name()).increment();
  }

  /** A person answered a prompt that a step of {@code kind} sent, for the first time. */
  public static void answered(StepKind kind) {
    Metrics.counter(ANSWERED, KIND, kind.name()).increment();
  }

  static void droppedLate(StepKind kind) {
    Metrics.counter(DROPPED_LATE, KIND, kind.name()).increment();
  }
}
