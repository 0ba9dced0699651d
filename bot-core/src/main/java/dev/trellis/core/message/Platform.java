package dev.trellis.core.message;

/** The chat platforms Trellis speaks on. */
public enum Platform {
  SLACK,
  TEAMS
}
