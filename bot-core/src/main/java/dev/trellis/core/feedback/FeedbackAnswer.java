package dev.trellis.core.feedback;

import java.util.Objects;
import java.util.Optional;

/** What a giver wrote: what went well and what to try differently, at least one of them. */
public record FeedbackAnswer(Optional<String> wentWell, Optional<String> tryDifferently) {

  /** The longest text of each part. */
  public static final int MAX_PART = 2000;

  public FeedbackAnswer {
    Objects.requireNonNull(wentWell, "wentWell");
    Objects.requireNonNull(tryDifferently, "tryDifferently");
    wentWell = wentWell.map(String::strip).filter(t -> !t.isEmpty());
    tryDifferently = tryDifferently.map(String::strip).filter(t -> !t.isEmpty());
    if (wentWell.isEmpty() && tryDifferently.isEmpty()) {
      throw new IllegalArgumentException("Feedback needs what went well or what to try");
    }
    if (wentWell.filter(t -> t.length() > MAX_PART).isPresent()
        || tryDifferently.filter(t -> t.length() > MAX_PART).isPresent()) {
      throw new IllegalArgumentException(
          "Each part of feedback has at most " + MAX_PART + " chars");
    }
  }
}
