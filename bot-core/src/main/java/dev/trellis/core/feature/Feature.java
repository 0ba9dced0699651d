package dev.trellis.core.feature;

/**
 * One thing Trellis does for people (reflection, 1:1s, career buddies, settings, …), kept in its
 * own package. At start-up each feature says what it answers, the way Bolt registers a handler per
 * command and per action: the router ({@code ConversationEngine}) then dispatches to it without
 * knowing it.
 */
public interface Feature {

  /** Declares the feature's commands, buttons, forms, help, home lines, steps and indexes. */
  void register(Routes routes);
}
