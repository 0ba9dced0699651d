package dev.trellis.core.interaction;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A submitted form.
 *
 * @param submitAction the form's submit action, as in {@link dev.trellis.core.message.Form}
 * @param reference the form's reference, which says what it answers; may be empty
 * @param values what was entered, by input id; an input left empty may be missing or blank
 */
public record FormSubmission(
    OrgId orgId,
    PersonId personId,
    Platform platform,
    Instant receivedAt,
    ActionId submitAction,
    String reference,
    Map<String, String> values)
    implements Interaction {

  public FormSubmission {
    Interactions.requireOrigin(orgId, personId, platform, receivedAt);
    Objects.requireNonNull(submitAction, "submitAction");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(values, "values");
    values.forEach(FormSubmission::checkEntry);
    values = Map.copyOf(values);
  }

  /** The value entered for an input; empty when it is missing or blank. */
  public Optional<String> value(String inputId) {
    return Optional.ofNullable(values.get(inputId)).filter(v -> !v.isBlank());
  }

  private static void checkEntry(String inputId, String value) {
    if (inputId == null || inputId.isBlank()) {
      throw new IllegalArgumentException("A form value needs an input id");
    }
    if (value == null) {
      throw new IllegalArgumentException("The value of input '" + inputId + "' is null");
    }
  }
}
