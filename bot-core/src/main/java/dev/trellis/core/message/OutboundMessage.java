package dev.trellis.core.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform-neutral message to one person. An adapter renders it as Block Kit or an Adaptive Card;
 * {@code fallback} is the plain text for notifications and for clients that show no rich content.
 */
public record OutboundMessage(
    Optional<String> header,
    String text,
    List<Field> fields,
    List<Button> buttons,
    List<Input> inputs,
    Optional<String> context,
    String fallback,
    Optional<FileAttachment> file) {

  /** A message without a file. */
  public OutboundMessage(
      Optional<String> header,
      String text,
      List<Field> fields,
      List<Button> buttons,
      List<Input> inputs,
      Optional<String> context,
      String fallback) {
    this(header, text, fields, buttons, inputs, context, fallback, Optional.empty());
  }

  public OutboundMessage {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    fields = List.copyOf(fields);
    buttons = List.copyOf(buttons);
    inputs = List.copyOf(inputs);
    if (fallback == null || fallback.isBlank()) {
      throw new IllegalArgumentException("A message needs a plain-text fallback");
    }
    long distinctActions = buttons.stream().map(Button::actionId).distinct().count();
    if (distinctActions != buttons.size()) {
      throw new IllegalArgumentException("Buttons of one message need distinct action ids");
    }
  }

  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Builds a message step by step; the fallback defaults to the header and text. */
  public static final class Builder {
    private Optional<String> header = Optional.empty();
    private final String text;
    private final List<Field> fields = new java.util.ArrayList<>();
    private final List<Button> buttons = new java.util.ArrayList<>();
    private final List<Input> inputs = new java.util.ArrayList<>();
    private Optional<String> context = Optional.empty();
    private Optional<String> fallback = Optional.empty();
    private Optional<FileAttachment> file = Optional.empty();

    private Builder(String text) {
      this.text = text;
    }

    public Builder header(String header) {
      this.header = Optional.of(header);
      return this;
    }

    public Builder field(String label, String value) {
      fields.add(new Field(label, value));
      return this;
    }

    public Builder button(Button button) {
      buttons.add(button);
      return this;
    }

    public Builder input(Input input) {
      inputs.add(input);
      return this;
    }

    public Builder context(String context) {
      this.context = Optional.of(context);
      return this;
    }

    public Builder fallback(String fallback) {
      this.fallback = Optional.of(fallback);
      return this;
    }

    public Builder file(FileAttachment attached) {
      this.file = Optional.of(attached);
      return this;
    }

    public OutboundMessage build() {
      String plain =
          fallback.orElseGet(() -> header.map(h -> h + "\n" + text).orElse(text)).strip();
      return new OutboundMessage(header, text, fields, buttons, inputs, context, plain, file);
    }
  }
}
