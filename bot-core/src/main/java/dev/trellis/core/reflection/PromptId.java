package dev.trellis.core.reflection;

import dev.trellis.core.org.OrgId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The id of one prompt sent to one person. */
public record PromptId(String value) {
  public PromptId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new IllegalArgumentException("Not a prompt id: '" + value + "'");
    }
  }

  /**
   * The prompt a step makes: derived from the org and the step's key, so running the same step
   * again (after a crash) finds the same prompt instead of leaving a second one behind.
   */
  public static PromptId forStep(OrgId orgId, String stepKey) {
    return new PromptId(
        UUID.nameUUIDFromBytes((orgId + "/" + stepKey).getBytes(StandardCharsets.UTF_8))
            .toString());
  }

  public static PromptId random() {
    return new PromptId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
