package dev.trellis.app.admin;

import dev.trellis.core.analytics.AnalyticsCsv;
import dev.trellis.core.analytics.AnalyticsQuery;
import dev.trellis.core.analytics.AnalyticsReport;
import dev.trellis.core.analytics.Grouping;
import dev.trellis.core.analytics.HrAnalytics;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR analytics of an org: figures per group (the org, each department, each manager's reports) and
 * month, every group under the org's {@code analytics.minGroupSize} merged or suppressed. JSON, or
 * CSV with {@code Accept: text/csv}. Each call is written to the audit log.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/analytics")
class AnalyticsAdminController {

  static final String EXAMPLE =
      "for example ?from=2026-01&to=2026-06&groupBy=department&interval=month";
  private static final MediaType CSV = new MediaType("text", "csv");

  private final Orgs orgs;
  private final HrAnalytics analytics;
  private final AdminAudit audit;

  AnalyticsAdminController(Orgs orgs, HrAnalytics analytics, AdminAudit audit) {
    this.orgs = orgs;
    this.analytics = analytics;
    this.audit = audit;
  }

  @GetMapping
  ResponseEntity<?> get(
      @PathVariable String orgId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "org") String groupBy,
      @RequestParam(defaultValue = "month") String interval,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    AnalyticsQuery query = query(id, from, to, groupBy, interval);
    audit.record(request, id, "read analytics");
    AnalyticsReport report = analytics.report(query);
    if (accept != null && accept.contains("text/csv")) {
      return ResponseEntity.ok()
          .contentType(new MediaType(CSV, java.nio.charset.StandardCharsets.UTF_8))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"trellis-analytics-"
                  + query.from()
                  + "-"
                  + query.to()
                  + ".csv\"")
          .body(AnalyticsCsv.of(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.toJson());
  }

  private static AnalyticsQuery query(
      OrgId id, String from, String to, String groupBy, String interval) {
    if (!"month".equals(interval)) {
      throw bad("'interval' is month, the only interval, not '" + interval + "'");
    }
    Grouping grouping =
        Grouping.ofWord(groupBy)
            .orElseThrow(
                () -> bad("'groupBy' is org, department or manager, not '" + groupBy + "'"));
    YearMonth first = month("from", from);
    YearMonth last = month("to", to);
    try {
      return new AnalyticsQuery(id, first, last, grouping);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private static YearMonth month(String name, String text) {
    if (text == null) {
      throw bad("'" + name + "' is needed, a month written YYYY-MM");
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw bad("'" + name + "' is a month written YYYY-MM, not '" + text + "'");
    }
  }

  private static AdminApiException bad(String reason) {
    return new AdminApiException(HttpStatus.BAD_REQUEST, reason + "; " + EXAMPLE);
  }
}
