package dev.trellis.app.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests of one platform ({@code trellis.inbound.requests}) and times each until its
 * answer is written ({@code trellis.inbound.ack}, with a histogram): how fast Trellis acknowledges,
 * which the platforms hold to a few seconds. Registered on the platform's paths only.
 */
final class InboundRequestMetrics extends OncePerRequestFilter {

  static final String REQUESTS = "trellis.inbound.requests";
  static final String ACK = "trellis.inbound.ack";

  private final Counter requests;
  private final Timer ack;

  InboundRequestMetrics(String platform) {
    this.requests =
        Counter.builder(REQUESTS)
            .tag("platform", platform)
            .description("Requests from a chat platform")
            .register(Metrics.globalRegistry);
    this.ack =
        Timer.builder(ACK)
            .tag("platform", platform)
            .description("Time to answer a chat platform's request")
            .publishPercentileHistogram()
            .register(Metrics.globalRegistry);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    requests.increment();
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      ack.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }
}
