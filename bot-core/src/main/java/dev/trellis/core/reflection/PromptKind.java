package dev.trellis.core.reflection;

/** What a prompt asks for. */
public enum PromptKind {
  /** A reflection question on the person's cadence. */
  REFLECTION,
  /** The report's takeaway and next step after a 1:1. */
  AFTER_ONE_ON_ONE
}
