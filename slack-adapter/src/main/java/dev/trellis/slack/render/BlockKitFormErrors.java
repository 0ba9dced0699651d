package dev.trellis.slack.render;

import com.slack.api.app_backend.views.response.ViewSubmissionResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a modal submission that keeps the modal open and shows a message under each input
 * that needs fixing ({@code response_action: errors}).
 */
public final class BlockKitFormErrors {

  private BlockKitFormErrors() {}

  /**
   * @param errorsByInputId a message per input id (the block id in Trellis modals); not empty,
   *     since an empty map would keep the modal open with nothing to fix. Messages are plain text,
   *     cut to 150 chars.
   */
  public static ViewSubmissionResponse response(Map<String, String> errorsByInputId) {
    if (errorsByInputId.isEmpty()) {
      throw new IllegalArgumentException("A form error response needs at least one error");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    errorsByInputId.forEach(
        (inputId, message) -> {
          if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The error of input " + inputId + " is blank");
          }
          errors.put(inputId, PlainText.fit(message.strip(), SlackLimits.FORM_ERROR));
        });
    return ViewSubmissionResponse.builder().responseAction("errors").errors(errors).build();
  }
}
