package dev.trellis.app.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Lets a request into {@code /actuator/prometheus} only with {@code Authorization: Bearer
 * <TRELLIS_METRICS_TOKEN>}: without the token or with a wrong one, 401 with {@code
 * WWW-Authenticate: Bearer}; with no metrics token set, 404 for everyone, as if the endpoint were
 * not there (no credential could open it, so there is nothing to ask for). Other actuator paths,
 * health among them, pass untouched, unless written with {@code .}, {@code ..} or empty segments
 * (400).
 */
final class MetricsTokenFilter extends OncePerRequestFilter {

  static final String PATH = "/actuator/prometheus";
  private static final String BEARER = "Bearer ";
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  /** A {@code .} or {@code ..} segment (also percent-encoded), or an empty one. */
  private static final Pattern DOT_SEGMENTS =
      Pattern.compile("/(\\.|%2e){1,2}(/|;|$)|//", Pattern.CASE_INSENSITIVE);

  private final Optional<MetricsToken> token;

  MetricsTokenFilter(Optional<MetricsToken> token) {
    this.token = token;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (DOT_SEGMENTS.matcher(request.getRequestURI()).find()) {
      // Spring matches endpoints on the path as sent: /actuator/health/../x would reach health
      // with ".." as a component name (a 500), and no scraper sends such a path.
      answer(response, HttpServletResponse.SC_BAD_REQUEST, "Not a normalized path");
      return;
    }
    // Decoded, without ;parameters and with // merged: every spelling that reaches the endpoint.
    if (!PATHS.getPathWithinApplication(request).startsWith(PATH)) {
      chain.doFilter(request, response);
      return;
    }
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
