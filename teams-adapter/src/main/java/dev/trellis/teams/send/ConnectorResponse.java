package dev.trellis.teams.send;

import java.time.Duration;
import java.util.Optional;

/**
 * What the connector answered: the HTTP status, the body, and its {@code Retry-After} hint.
 *
 * @param errorCode the Bot Framework {@code ErrorResponse} code ({@code error.code}), blank when
 *     the body had none
 */
public record ConnectorResponse(
    int status, String body, Optional<Duration> retryAfter, String errorCode) {

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
