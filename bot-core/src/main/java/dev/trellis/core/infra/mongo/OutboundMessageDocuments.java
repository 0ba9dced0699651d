package dev.trellis.core.infra.mongo;

import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Maps {@link OutboundMessage} to and from the document the outbox stores. */
final class OutboundMessageDocuments {

  private OutboundMessageDocuments() {}

  static Document toDocument(OutboundMessage m) {
    Document doc = new Document("text", m.text()).append("fallback", m.fallback());
    m.header().ifPresent(h -> doc.append("header", h));
    m.context().ifPresent(c -> doc.append("context", c));
    if (!m.fields().isEmpty()) {
      doc.append(
          "fields",
          m.fields().stream()
              .map(f -> new Document("label", f.label()).append("value", f.value()))
              .toList());
    }
    if (!m.buttons().isEmpty()) {
      doc.append(
          "buttons",
          m.buttons().stream()
              .map(
                  b ->
                      new Document("action", b.actionId().value())
                          .append("label", b.label())
                          .append("value", b.value())
                          .append("style", b.style().name()))
              .toList());
    }
    if (!m.inputs().isEmpty()) {
      doc.append("inputs", m.inputs().stream().map(OutboundMessageDocuments::input).toList());
    }
    m.file()
        .ifPresent(
            f ->
                doc.append(
                    "file",
                    new Document("id", f.id())
                        .append("filename", f.filename())
                        .append("title", f.title())));
    return doc;
  }

  static OutboundMessage toMessage(Document doc) {
    List<Field> fields = new ArrayList<>();
    for (Document f : doc.getList("fields", Document.class, List.of())) {
      fields.add(new Field(f.getString("label"), f.getString("value")));
    }
    List<Button> buttons = new ArrayList<>();
    for (Document b : doc.getList("buttons", Document.class, List.of())) {
      buttons.add(
          new Button(
              new ActionId(b.getString("action")),
              b.getString("label"),
              b.getString("value"),
              Button.Style.valueOf(b.getString("style"))));
    }
    List<Input> inputs = new ArrayList<>();
    for (Document i : doc.getList("inputs", Document.class, List.of())) {
      inputs.add(input(i));
    }
    return new OutboundMessage(
        Optional.ofNullable(doc.getString("header")),
        doc.getString("text"),
        fields,
        buttons,
        inputs,
        Optional.ofNullable(doc.getString("context")),
        doc.getString("fallback"),
        Optional.ofNullable(doc.get("file", Document.class))
            .map(
                f ->
                    new FileAttachment(
                        f.getString("id"), f.getString("filename"), f.getString("title"))));
  }

  private static Document input(Input input) {
    Document doc =
        new Document("id", input.id())
            .append("label", input.label())
            .append("optional", input.optional());
    if (input instanceof Input.Text text) {
      doc.append("type", "text")
          .append("multiline", text.multiline())
          .append("maxLength", text.maxLength());
      text.initial().ifPresent(v -> doc.append("initial", v));
      text.placeholder().ifPresent(v -> doc.append("placeholder", v));
    } else if (input instanceof Input.Select select) {
      doc.append("type", "select")
          .append(
              "choices",
              select.choices().stream()
                  .map(c -> new Document("value", c.value()).append("label", c.label()))
                  .toList());
      select.initial().ifPresent(v -> doc.append("initial", v));
    } else if (input instanceof Input.Date date) {
      doc.append("type", "date");
      date.initial().ifPresent(v -> doc.append("initial", v.toString()));
    } else if (input instanceof Input.Time time) {
      doc.append("type", "time");
      time.initial().ifPresent(v -> doc.append("initial", v.toString()));
    }
    return doc;
  }

  private static Input input(Document doc) {
    String id = doc.getString("id");
    String label = doc.getString("label");
    boolean optional = doc.getBoolean("optional");
    Optional<String> initial = Optional.ofNullable(doc.getString("initial"));
    return switch (doc.getString("type")) {
      case "text" ->
          new Input.Text(
              id,
              label,
              doc.getBoolean("multiline"),
              initial,
              Optional.ofNullable(doc.getString("placeholder")),
              doc.getInteger("maxLength"),
              optional);
      case "select" -> {
        List<Input.Choice> choices = new ArrayList<>();
        for (Document c : doc.getList("choices", Document.class)) {
          choices.add(new Input.Choice(c.getString("value"), c.getString("label")));
        }
        yield new Input.Select(id, label, choices, initial, optional);
      }
      case "date" -> new Input.Date(id, label, initial.map(LocalDate::parse), optional);
      case "time" -> new Input.Time(id, label, initial.map(LocalTime::parse), optional);
      default -> throw new IllegalStateException("Unknown input type " + doc.getString("type"));
    };
  }
}
