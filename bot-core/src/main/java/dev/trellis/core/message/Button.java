package dev.trellis.core.message;

import java.util.Objects;

/**
 * A button: its label, the action it triggers and a value that comes back with the press (for
 * example the id of the prompt it answers).
 */
public record Button(ActionId actionId, String label, String value, Style style) {

  /** How prominent the button is; platforms without styles ignore it. */
  public enum Style {
    DEFAULT,
    PRIMARY,
    DANGER
  }

  public Button {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(style, "style");
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("A button needs a label");
    }
  }

  public static Button of(String actionId, String label, String value) {
    return new Button(new ActionId(actionId), label, value, Style.DEFAULT);
  }

  public static Button primary(String actionId, String label, String value) {
    return new Button(new ActionId(actionId), label, value, Style.PRIMARY);
  }
}
