package dev.trellis.core.feature;

import java.util.List;
import java.util.Objects;

/**
 * An index a feature's queries need, created at start-up by the store's infrastructure: the keys
 * ascending, in order.
 */
public record IndexSpec(
    String collection, String name, List<String> keys, boolean unique, boolean sparse) {
  public IndexSpec {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(name, "name");
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("Index " + name + " needs at least one key");
    }
  }

  /** A plain (not unique) index. */
  public static IndexSpec on(String collection, String name, String... keys) {
    return new IndexSpec(collection, name, List.of(keys), false, false);
  }
}
