package dev.trellis.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Checks a parsed export against the committed JSON Schema ({@code
 * docs/trellis-export.schema.json}) for the keywords it uses: type, const, enum, required,
 * properties, additionalProperties, items and the date and date-time formats. No JSON Schema
 * validator is available offline, so this reads the schema itself; the errors name the path of each
 * value that does not fit.
 */
public final class ExportSchema {

  private final Document schema;

  private ExportSchema(Document schema) {
    this.schema = schema;
  }

  /** The committed schema, found from the module's directory upwards. */
  public static ExportSchema committed() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/trellis-export.schema.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("docs/trellis-export.schema.json not found");
    }
    try {
      return new ExportSchema(
          Document.parse(Files.readString(dir.resolve("docs/trellis-export.schema.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What does not fit, one line each; empty when the export fits the schema. */
  public List<String> errorsOf(String json) {
    List<String> errors = new ArrayList<>();
    check(Document.parse(json), schema, "$", errors);
    return errors;
  }

  private static void check(Object value, Document rule, String path, List<String> errors) {
    if (rule.containsKey("const") && !rule.get("const").equals(value)) {
      errors.add(path + " is not " + rule.get("const"));
    }
    if (rule.containsKey("enum") && !rule.getList("enum", Object.class).contains(value)) {
      errors.add(path + " = " + value + " is not one of " + rule.get("enum"));
    }
    String type = rule.getString("type");
    if (type != null && !fits(value, type)) {
      errors.add(path + " is not of type " + type + ": " + value);
      return;
    }
    if ("date-time".equals(rule.getString("format")) && !parses(value, true)) {
      errors.add(path + " is not a date-time: " + value);
    }
    if ("date".equals(rule.getString("format")) && !parses(value, false)) {
      errors.add(path + " is not a date: " + value);
    }
    if (value instanceof Map<?, ?> object) {
      checkObject(object, rule, path, errors);
    }
    if (value instanceof List<?> list && rule.get("items") instanceof Document items) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), items, path + "[" + i + "]", errors);
      }
    }
  }

  private static void checkObject(
      Map<?, ?> object, Document rule, String path, List<String> errors) {
    for (String key : rule.getList("required", String.class, List.of())) {
      if (!object.containsKey(key)) {
        errors.add(path + " has no " + key);
      }
    }
    Document properties = rule.get("properties", new Document());
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      String key = (String) entry.getKey();
      if (properties.get(key) instanceof Document property) {
        check(entry.getValue(), property, path + "." + key, errors);
      } else if (Boolean.FALSE.equals(rule.get("additionalProperties"))) {
        errors.add(path + "." + key + " is not in the schema");
      }
    }
  }

  private static boolean fits(Object value, String type) {
    return switch (type) {
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List;
      case "string" -> value instanceof String;
      case "integer" -> value instanceof Integer || value instanceof Long;
      case "number" -> value instanceof Number;
      case "boolean" -> value instanceof Boolean;
      default -> false;
    };
  }

  private static boolean parses(Object value, boolean instant) {
    try {
      if (instant) {
        Instant.parse((String) value);
      } else {
        LocalDate.parse((String) value);
      }
      return true;
    } catch (DateTimeParseException | ClassCastException e) {
      return false;
    }
  }
}
