package dev.trellis.slack.inbound;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a request to {@code /slack/events} is Slack's: signed with the signing secret over the
 * raw body as received, and signed within five minutes of now, either way (Bolt's own check lets a
 * timestamp from the future through, which would make a captured request replayable for ever).
 * Checked before anything parses the body.
 */
final class SlackSignatureCheck {

  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final SlackSignature.Generator signatures;
  private final Clock clock;

  /**
   * Without a signing secret (Socket Mode) nothing can be verified, so every request is refused.
   */
  SlackSignatureCheck(String signingSecret, Clock clock) {
    this.signatures =
        signingSecret == null || signingSecret.isBlank()
            ? null
            : new SlackSignature.Generator(signingSecret);
    this.clock = clock;
  }

  /** Why the request is not Slack's, or empty when it is. */
  Optional<String> refusal(Map<String, List<String>> headers, String body) {
    if (signatures == null) {
      return Optional.of("no signing secret is set, so nothing can be verified");
    }
    Optional<String> timestamp = header(headers, "x-slack-request-timestamp");
    Optional<String> signature = header(headers, "x-slack-signature");
    if (timestamp.isEmpty() || signature.isEmpty()) {
      return Optional.of("not signed");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.get().trim());
    } catch (NumberFormatException e) {
      return Optional.of("a timestamp that is not a number");
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
    if (skew > MAX_SKEW.toSeconds()) {
      return Optional.of("signed more than five minutes from now");
    }
    String expected = signatures.generate(timestamp.get(), body);
    boolean matches =
        expected != null
            && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                signature.get().trim().getBytes(StandardCharsets.UTF_8));
    return matches ? Optional.empty() : Optional.of("a wrong signature");
  }

  private static Optional<String> header(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() || values.get(0) == null
        ? Optional.empty()
        : Optional.of(values.get(0));
  }
}
