package dev.trellis.core.export;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON values (maps with string keys, collections, strings, numbers, booleans, null) as
 * compact JSON text, escaping strings as RFC 8259 asks. The engine keeps Jackson out, so the export
 * is written with this.
 */
public final class JsonWriter {

  private JsonWriter() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number number) {
      number(out, number);
    } else if (value instanceof Map<?, ?> map) {
      object(out, map);
    } else if (value instanceof Collection<?> list) {
      array(out, list);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private static void number(StringBuilder out, Number number) {
    double d = number.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("JSON has no " + d);
    }
    out.append(number);
  }

  private static void object(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys are strings");
      }
      string(out, key);
      out.append(':');
      append(out, entry.getValue());
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    out.append('}');
  }

  private static void array(StringBuilder out, Collection<?> list) {
    out.append('[');
    Iterator<?> items = list.iterator();
    while (items.hasNext()) {
      append(out, items.next());
      if (items.hasNext()) {
        out.append(',');
      }
    }
    out.append(']');
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // Control characters, and the line separators some JavaScript parsers reject.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
