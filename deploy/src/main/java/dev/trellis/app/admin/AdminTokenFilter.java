package dev.trellis.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request into the admin API only with {@code Authorization: Bearer <token>}. Any other
 * request gets 401 with no hint of what was wrong.
 */
final class AdminTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final AdminToken token;

  AdminTokenFilter(AdminToken token) {
    this.token = token;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    if (bearer && token.matches(header.substring(BEARER.length()).strip())) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"trellis-admin\"");
  }
}
