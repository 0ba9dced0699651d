package dev.trellis.app.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Lets a request into {@code /actuator/prometheus} only with {@code Authorization: Bearer
 * <TRELLIS_METRICS_TOKEN>}: without the token or with a wrong one, 401 with {@code
 * WWW-Authenticate: Bearer}; with no metrics token set, 404 for everyone, as if the endpoint were
 * not there (no credential could open it, so there is nothing to ask for). Other actuator paths,
 * health among them, pass untouched.
 */
final class MetricsTokenFilter extends OncePerRequestFilter {

  static final String PATH = "/actuator/prometheus";
  private static final String BEARER = "Bearer ";
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final Optional<MetricsToken> token;

  MetricsTokenFilter(Optional<MetricsToken> token) {
    this.token = token;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // Decoded, without ;parameters and with // merged: every spelling that reaches the endpoint.
    return !PATHS.getPathWithinApplication(request).startsWith(PATH);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (token.isEmpty()) {
      answer(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
      return;
    }
    if (!token.get().matches(bearerOf(request.getHeader(HttpHeaders.AUTHORIZATION)))) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"trellis-metrics\"");
      answer(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Metrics need Authorization: Bearer <TRELLIS_METRICS_TOKEN>");
      return;
    }
    chain.doFilter(request, response);
  }

  private static String bearerOf(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
  }

  private static void answer(HttpServletResponse response, int status, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
