package dev.trellis.app.admin;

import dev.trellis.core.org.OrgAdminAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Lets a request into the admin API only with {@code Authorization: Bearer <token>}: the operator's
 * token opens every org, an org-scoped token only the paths of its org (another org is 404, a path
 * outside any org 403). A missing token gets 401 with no hint; a wrong one too, and is logged with
 * the remote address (never the token); a source with too many wrong ones gets 429 for a while.
 */
final class AdminTokenFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AdminTokenFilter.class);
  private static final String BEARER = "Bearer ";

  /** Read the way Spring MVC reads it, so {@code orgId} is what the controller will get. */
  private static final PathPattern ORG_PATH =
      PathPatternParser.defaultInstance.parse("/api/admin/orgs/{orgId}/**");

  private final AdminToken operator;
  private final OrgAdminAccess orgTokens;
  private final FailedAdminLogins failures;

  AdminTokenFilter(AdminToken operator, OrgAdminAccess orgTokens, FailedAdminLogins failures) {
    this.operator = operator;
    this.orgTokens = orgTokens;
    this.failures = failures;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String source = FailedAdminLogins.sourceOf(request.getRemoteAddr());
    Optional<Duration> blocked = failures.blockedFor(source);
    if (blocked.isPresent()) {
      tooMany(response, blocked.get());
      return;
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      unauthorized(response);
      return;
    }
    Optional<AdminCaller> caller = authenticate(header);
    if (caller.isEmpty()) {
      boolean nowBlocked = failures.failed(source);
      log.warn(
          "Admin API: authentication failed from {}{}",
          source,
          nowBlocked
              ? "; more than "
                  + FailedAdminLogins.MAX_FAILURES
                  + " failures in a minute, refused (429) for a minute"
              : "");
      if (nowBlocked) {
        tooMany(response, FailedAdminLogins.BLOCK);
      } else {
        unauthorized(response);
      }
      return;
    }
    if (caller.get() instanceof AdminCaller.OrgAdmin org) {
      Optional<String> pathOrg = orgOf(request);
      if (pathOrg.isEmpty()) {
        AdminProblems.write(response, HttpStatus.FORBIDDEN, AdminProblems.OPERATOR_ONLY);
        return;
      }
      if (!pathOrg.get().equals(org.orgId().value())) {
        AdminProblems.write(response, HttpStatus.NOT_FOUND, AdminProblems.notFound(org.orgId()));
        return;
      }
    }
    request.setAttribute(AdminCaller.ATTRIBUTE, caller.get());
    chain.doFilter(request, response);
  }

  private Optional<AdminCaller> authenticate(String header) {
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).strip();
    if (operator.matches(token)) {
      return Optional.of(new AdminCaller.Operator());
    }
    return orgTokens.verify(token).map(t -> new AdminCaller.OrgAdmin(t.orgId(), t.id()));
  }

  private static Optional<String> orgOf(HttpServletRequest request) {
    PathContainer path =
        RequestPath.parse(request.getRequestURI(), request.getContextPath())
            .pathWithinApplication();
    PathPattern.PathMatchInfo match = ORG_PATH.matchAndExtract(path);
    return match == null
        ? Optional.empty()
        : Optional.ofNullable(match.getUriVariables().get(AdminScopeInterceptor.ORG_ID));
  }

  private static void unauthorized(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"trellis-admin\"");
  }

  private static void tooMany(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    AdminProblems.write(
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many failed admin logins from this address; try again in " + seconds + " seconds");
  }
}
