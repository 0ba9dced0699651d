package dev.trellis.core.schedule;

/**
 * Names one occurrence of one step for one person, such as {@code
 * last15:<oneOnOneId>:2026-03-05:<personId>} or {@code reflection:<personId>:2026-W48}. The feature
 * that plans the step builds it, only from ids and the nominal local date of the occurrence, never
 * from the instant a step was moved to, so planning the same window again yields the same key: the
 * outbox dedupes on it. Its prefix (up to the first colon) tells planned steps from one-off ones (a
 * snooze), which planning would not make again.
 */
public record OccurrenceKey(String value) {

  public OccurrenceKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An occurrence key must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
