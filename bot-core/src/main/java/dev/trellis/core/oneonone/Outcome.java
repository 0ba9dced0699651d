package dev.trellis.core.oneonone;

import dev.trellis.core.message.ActionId;
import java.util.Arrays;
import java.util.Optional;

/**
 * How the last 15 minutes of one 1:1 went, as one of its two people recorded it: the measure of
 * whether development conversations happen.
 */
public enum Outcome {
  /** They talked about development. */
  DID("oneonone.did", "We did it"),
  /** Not this time. */
  SKIPPED("oneonone.skipped", "Skipped today"),
  /** The development talk moved to another time. */
  MOVED("oneonone.moved", "Moved");

  private final ActionId action;
  private final String label;

  Outcome(String action, String label) {
    this.action = new ActionId(action);
    this.label = label;
  }

  /** The action id of this outcome's button. */
  public ActionId action() {
    return action;
  }

  /** The words on this outcome's button. */
  public String label() {
    return label;
  }

  public static Optional<Outcome> ofAction(ActionId action) {
    return Arrays.stream(values()).filter(o -> o.action.equals(action)).findFirst();
  }
}
