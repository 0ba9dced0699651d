package dev.trellis.core.message;

import java.util.List;
import java.util.Objects;

/**
 * A form opened over the chat (a Slack modal, a Teams task module or card). {@code reference} comes
 * back with the submission, so the engine knows what it answers.
 */
public record Form(
    ActionId submitAction, String title, List<Input> inputs, String submitLabel, String reference) {

  public Form {
    Objects.requireNonNull(submitAction, "submitAction");
    Objects.requireNonNull(reference, "reference");
    inputs = List.copyOf(inputs);
    if (title == null || title.isBlank() || submitLabel == null || submitLabel.isBlank()) {
      throw new IllegalArgumentException("A form needs a title and a submit label");
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("A form needs at least one input");
    }
  }
}
