package dev.trellis.core.infra.mongo;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import org.bson.Document;

/**
 * Writes a record of settings as a document, one field per component (nested records as
 * sub-documents), and reads it back over a record of defaults: a field the document lacks (a
 * section or setting added after it was stored) keeps its default. Components may be strings,
 * numbers, booleans, enums, {@link LocalTime}, {@link LocalDate}, {@link Duration}, records, and
 * {@link Optional}s of these (an empty one is stored as null).
 */
final class RecordDocuments {

  private RecordDocuments() {}

  static Document toDocument(Record record) {
    Document doc = new Document();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      doc.append(component.getName(), write(read(component, record)));
    }
    return doc;
  }

  @SuppressWarnings("unchecked")
  static <R extends Record> R fromDocument(Document doc, R defaults) {
    return (R) build(doc, defaults.getClass(), defaults);
  }

  /** A record of {@code type} from the document; without defaults a missing field is null. */
  private static Object build(Document doc, Class<?> type, Record defaults) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Object fallback = defaults == null ? null : read(component, defaults);
      values[i] =
          doc.containsKey(component.getName())
              ? value(doc.get(component.getName()), component.getGenericType(), fallback)
              : fallback;
    }
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getName(), e);
    }
  }

  private static Object write(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(RecordDocuments::write).orElse(null);
    }
    if (value instanceof Record nested) {
      return toDocument(nested);
    }
    if (value instanceof Enum<?> || value instanceof LocalTime || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof Duration duration) {
      return duration.toString();
    }
    return value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(Object stored, Type type, Object fallback) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
      Object innerFallback = ((Optional<?>) fallback).orElse(null);
      return stored == null ? Optional.empty() : Optional.of(value(stored, inner, innerFallback));
    }
    if (stored == null) {
      return fallback;
    }
    if (raw.isRecord()) {
      return build((Document) stored, raw, fallback instanceof Record r ? r : null);
    }
    if (raw.isEnum()) {
      return Enum.valueOf((Class<? extends Enum>) raw, (String) stored);
    }
    if (raw == LocalTime.class) {
      return LocalTime.parse((String) stored);
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse((String) stored);
    }
    if (raw == Duration.class) {
      return Duration.parse((String) stored);
    }
    if (stored instanceof Number number) {
      return number(number, raw);
    }
    return stored;
  }

  private static Object number(Number number, Class<?> raw) {
    if (raw == int.class || raw == Integer.class) {
      return number.intValue();
    }
    if (raw == long.class || raw == Long.class) {
      return number.longValue();
    }
    if (raw == double.class || raw == Double.class) {
      return number.doubleValue();
    }
    return number;
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }
}
