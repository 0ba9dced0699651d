package dev.trellis.core.schedule;

/** Why a step that would have been due produces nothing. */
public enum SkipReason {
  /** The day is an org holiday for the recipient. */
  HOLIDAY,
  /** The recipient has paused Trellis over that day. */
  PAUSED,
  /** No sendable instant lies within the step's reach (before the 1:1, a day after it, ...). */
  NO_SENDABLE_TIME,
  /** No working day near the cadence day (a whole week of holidays, say). */
  NO_WORKING_DAY
}
