package dev.trellis.core.schedule;

/** The time-based steps Trellis plans. */
public enum StepKind {
  /** The manager's agenda, before a 1:1. */
  AGENDA_NUDGE,
  /** The switch-to-development prompt to both people, 15 minutes before a 1:1 ends. */
  LAST_15_MINUTES,
  /** The report's takeaway capture, when a 1:1 ends. */
  AFTER_ONE_ON_ONE,
  /** A person's reflection question, on their own cadence. */
  REFLECTION_PROMPT;

  public boolean isAboutOneOnOne() {
    return this != REFLECTION_PROMPT;
  }
}
