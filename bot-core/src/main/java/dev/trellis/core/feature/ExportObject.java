package dev.trellis.core.feature;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds one JSON object of an export section: fields in the order put, an empty optional left out,
 * days and instants as ISO-8601 text, enum constants in lower case.
 */
public final class ExportObject {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private ExportObject() {}

  public static ExportObject of() {
    return new ExportObject();
  }

  public ExportObject put(String key, Object value) {
    Object json = json(value);
    if (json != null) {
      fields.put(key, json);
    }
    return this;
  }

  public Map<String, Object> toMap() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  private static Object json(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(ExportObject::json).orElse(null);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    // Before temporals: DayOfWeek and Month are both, and read as lower-case words.
    if (value instanceof Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof TemporalAccessor temporal) {
      return temporal.toString();
    }
    if (value instanceof ExportObject object) {
      return object.toMap();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(ExportObject::json).toList();
    }
    return value;
  }
}
