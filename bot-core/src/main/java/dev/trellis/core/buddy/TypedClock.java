package dev.trellis.core.buddy;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A word that is a time of day, or was meant as one. A word that looks like a time but is not one
 * ({@code 25:00}, {@code 13pm}) is {@link Wrong}, so the person hears what is wrong with the time
 * rather than that nothing was understood.
 */
sealed interface TypedClock {

  /** A time of day. */
  record Valid(LocalTime time) implements TypedClock {
    public Valid {
      Objects.requireNonNull(time, "time");
    }
  }

  /** Meant as a time of day, but not one we can use; the reason is for the person. */
  record Wrong(String reason) implements TypedClock {
    public Wrong {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
