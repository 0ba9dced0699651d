package dev.trellis.app.admin;

import dev.trellis.core.org.OrgSettings;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the fields of a PUT into an org's settings: fields left out stay as they are, and a field
 * that does not exist, has the wrong type or is out of range is a 400 that names it ({@code
 * feedback.askNudgeAfterWeeks}); null clears a setting that may be absent ({@code
 * devTime.protectedSlot}) and is refused for the others. The JSON is the settings records as they
 * are, so a new section needs nothing here.
 */
final class OrgSettingsJson {

  static final String EXAMPLE = "{\"feedback\":{\"askNudgeAfterWeeks\":6}}";

  /** The settings that may be absent ({@code devTime.protectedSlot}): null clears them. */
  private static final Set<String> OPTIONAL = optionalFields(OrgSettings.class, "");

  private final JsonMapper json;

  OrgSettingsJson(JsonMapper json) {
    this.json = json;
  }

  OrgSettings merge(OrgSettings current, JsonNode changes) {
    if (changes == null || !changes.isObject()) {
      throw bad(
          "Send the settings as a JSON object, such as "
              + EXAMPLE
              + "; fields left out stay as they are");
    }
    ObjectNode merged = (ObjectNode) json.valueToTree(current);
    List<String> known = new ArrayList<>();
    leaves(merged, "", known);
    mergeInto(merged, changes, "", known);
    try {
      return json.treeToValue(merged, OrgSettings.class);
    } catch (JacksonException e) {
      throw bad(reason(e));
    }
  }

  private static void mergeInto(
      ObjectNode target, JsonNode changes, String prefix, List<String> known) {
    for (Map.Entry<String, JsonNode> change : changes.properties()) {
      String field = prefix + change.getKey();
      JsonNode was = target.get(change.getKey());
      JsonNode value = change.getValue();
      if (was == null) {
        throw bad(
            "There is no setting '" + field + "'. The settings are: " + String.join(", ", known));
      }
      if (value.isNull() && !was.isNull()) {
        if (!OPTIONAL.contains(field)) {
          throw bad("'" + field + "' cannot be null: leave it out to keep it as it is");
        }
        target.set(change.getKey(), value);
        continue;
      }
      if (was.isObject()) {
        if (!value.isObject()) {
          throw bad("'" + field + "' is a group of settings: send an object, such as " + was);
        }
        mergeInto((ObjectNode) was, value, field + ".", known);
        continue;
      }
      if (was.isIntegralNumber() && !(value.isIntegralNumber() && value.canConvertToInt())) {
        throw bad("'" + field + "' is a whole number, such as " + was + ", not " + value);
      }
      if (was.isBoolean() && !value.isBoolean()) {
        throw bad("'" + field + "' is true or false, not " + value);
      }
      if (was.isString() && !value.isString()) {
        throw bad("'" + field + "' is text, such as " + was + ", not " + value);
      }
      target.set(change.getKey(), value);
    }
  }

  private static Set<String> optionalFields(Class<?> type, String prefix) {
    Set<String> found = new HashSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String field = prefix + component.getName();
      if (component.getType() == Optional.class) {
        found.add(field);
      } else if (component.getType().isRecord()) {
        found.addAll(optionalFields(component.getType(), field + "."));
      }
    }
    return Set.copyOf(found);
  }

  private static void leaves(JsonNode node, String prefix, List<String> into) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getValue().isObject()) {
        leaves(field.getValue(), prefix + field.getKey() + ".", into);
      } else {
        into.add(prefix + field.getKey());
      }
    }
  }

  /** The range check of the settings records, or else the field Jackson could not read. */
  private static String reason(JacksonException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OrgSettings.InvalidOrgSettingException invalid) {
        return invalid.getMessage();
      }
    }
    List<String> path = new ArrayList<>();
    e.getPath().forEach(reference -> path.add(reference.getPropertyName()));
    return "'" + String.join(".", path) + "' has a value of the wrong kind; see " + EXAMPLE;
  }

  private static AdminApiException bad(String reason) {
    return new AdminApiException(HttpStatus.BAD_REQUEST, reason);
  }
}
