package dev.trellis.app.admin;

import dev.trellis.core.org.OrgId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The answers the admin API gives before a controller runs, as the same problem documents the
 * controllers give.
 */
final class AdminProblems {

  static final String OPERATOR_ONLY =
      "This call needs the operator's token (TRELLIS_ADMIN_TOKEN); an org token cannot make it";

  private AdminProblems() {}

  /** Says the same for every other org, so an org token learns nothing of which orgs exist. */
  static String notFound(OrgId own) {
    return "Not found: this token opens org '" + own + "' only";
  }

  static void write(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + status.getReasonPhrase()
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
  }
}
