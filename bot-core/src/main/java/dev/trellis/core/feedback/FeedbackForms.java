package dev.trellis.core.feedback;

import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the two parts of an answer form: at least one written, each within its limit. */
final class FeedbackForms {

  private FeedbackForms() {}

  /** What is wrong with the answer, beside its input; empty when it can be taken. */
  static Optional<Response.FormErrors> problems(FormSubmission form) {
    Optional<String> wentWell = form.value(FeedbackActions.WENT_WELL_INPUT);
    Optional<String> tryDifferently = form.value(FeedbackActions.TRY_DIFFERENTLY_INPUT);
    if (wentWell.isEmpty() && tryDifferently.isEmpty()) {
      return Optional.of(
          new Response.FormErrors(
              Map.of(
                  FeedbackActions.WENT_WELL_INPUT,
                  "Write what went well, what to try differently, or both.")));
    }
    for (Map.Entry<String, Optional<String>> part :
        Map.of(
                FeedbackActions.WENT_WELL_INPUT, wentWell,
                FeedbackActions.TRY_DIFFERENTLY_INPUT, tryDifferently)
            .entrySet()) {
      int length = part.getValue().map(t -> t.strip().length()).orElse(0);
      if (length > FeedbackAnswer.MAX_PART) {
        return Optional.of(
            new Response.FormErrors(
                Map.of(
                    part.getKey(),
                    String.format(
                        Locale.ENGLISH,
                        "That is %,d characters; keep it to %,d.",
                        length,
                        FeedbackAnswer.MAX_PART))));
      }
    }
    return Optional.empty();
  }

  /** The answer of a form without {@link #problems}. */
  static FeedbackAnswer answer(FormSubmission form) {
    return new FeedbackAnswer(
        form.value(FeedbackActions.WENT_WELL_INPUT),
        form.value(FeedbackActions.TRY_DIFFERENTLY_INPUT));
  }
}
