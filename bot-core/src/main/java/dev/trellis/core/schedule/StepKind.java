package dev.trellis.core.schedule;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * A kind of time-based step, such as {@code AGENDA_NUDGE} or {@code REFLECTION_PROMPT}: the feature
 * that plans and runs the steps defines its kinds. The name is what is stored with a step, so a
 * kind keeps its name for good.
 *
 * <p>One instance per name, so kinds compare with {@code ==} as well as {@code equals}, also when
 * read back from storage.
 */
public final class StepKind {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final ConcurrentMap<String, StepKind> KINDS = new ConcurrentHashMap<>();

  private final String name;

  private StepKind(String name) {
    this.name = name;
  }

  /** The kind of this name (upper case, digits and underscores, as {@code LAST_15_MINUTES}). */
  public static StepKind of(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a step kind: '" + name + "'");
    }
    return KINDS.computeIfAbsent(name, StepKind::new);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
