package dev.trellis.app.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks an org-scoped caller against the admin handler about to run, on the {@code orgId} that
 * handler will read: another org is 404 (whether it exists or not), a call outside any org or one
 * marked {@link OperatorOnly} is 403. The token filter checks the path first; this holds even for a
 * path the filter read differently. A request that reaches an admin handler without a caller never
 * passed the filter, and gets 401.
 */
final class AdminScopeInterceptor implements HandlerInterceptor {

  static final String ORG_ID = "orgId";

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !isAdmin(method)) {
      return true;
    }
    Object caller = request.getAttribute(AdminCaller.ATTRIBUTE);
    if (caller == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return false;
    }
    if (caller instanceof AdminCaller.OrgAdmin org) {
      String pathOrg = pathVariables(request).get(ORG_ID);
      if (pathOrg == null) {
        throw new AdminApiException(HttpStatus.FORBIDDEN, AdminProblems.OPERATOR_ONLY);
      }
      if (!pathOrg.equals(org.orgId().value())) {
        throw new AdminApiException(HttpStatus.NOT_FOUND, AdminProblems.notFound(org.orgId()));
      }
      if (operatorOnly(method)) {
        throw new AdminApiException(HttpStatus.FORBIDDEN, AdminProblems.OPERATOR_ONLY);
      }
    }
    return true;
  }

  static boolean isAdmin(HandlerMethod method) {
    return method
        .getBeanType()
        .getPackageName()
        .equals(AdminScopeInterceptor.class.getPackageName());
  }

  static boolean operatorOnly(HandlerMethod method) {
    return method.hasMethodAnnotation(OperatorOnly.class)
        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), OperatorOnly.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> pathVariables(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }
}
