package dev.trellis.app.admin;

import org.springframework.http.HttpStatus;

/** An answer the admin API gives a caller who sent something it cannot take. */
final class AdminApiException extends RuntimeException {

  private final HttpStatus status;

  AdminApiException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
