package dev.trellis.app.observability;

import dev.trellis.core.logging.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id, on its log lines (MDC {@code correlationId}) and in the
 * {@code X-Correlation-Id} response header: the caller's own request id when it sent a usable one
 * ({@code X-Request-Id}, {@code X-Correlation-Id}, or the Bot Framework's {@code
 * x-ms-correlation-id} / {@code MS-CV}: at most 64 characters of letters, digits and {@code
 * ._:+/=-}), else a fresh one. The inbound workers carry it on (see {@link LogContext#carried}).
 */
final class CorrelationIdFilter extends OncePerRequestFilter {

  static final String RESPONSE_HEADER = "X-Correlation-Id";
  static final List<String> REQUEST_HEADERS =
      List.of("X-Request-Id", "X-Correlation-Id", "x-ms-correlation-id", "MS-CV");
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:+/=-]{1,64}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = givenId(request).orElseGet(CorrelationIdFilter::newId);
    response.setHeader(RESPONSE_HEADER, id);
    try (MDC.MDCCloseable correlation = MDC.putCloseable(LogContext.CORRELATION_ID, id)) {
      chain.doFilter(request, response);
    }
  }

  static Optional<String> givenId(HttpServletRequest request) {
    for (String header : REQUEST_HEADERS) {
      String value = request.getHeader(header);
      if (value != null && SAFE.matcher(value.strip()).matches()) {
        return Optional.of(value.strip());
      }
    }
    return Optional.empty();
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
