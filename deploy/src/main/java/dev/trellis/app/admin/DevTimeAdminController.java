package dev.trellis.app.admin;

import dev.trellis.core.devtime.DevTimeReport;
import dev.trellis.core.org.Orgs;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An org's development time in a month, as aggregates only: per group (everyone, each department)
 * how many people logged time and how many hours, a group of fewer than five suppressed.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/devtime")
class DevTimeAdminController {

  private final Orgs orgs;
  private final DevTimeReport report;

  DevTimeAdminController(Orgs orgs, DevTimeReport report) {
    this.orgs = orgs;
    this.report = report;
  }

  @GetMapping
  DevTimeReport.Report get(
      @PathVariable String orgId, @RequestParam(required = false) String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month == null ? "" : month);
    } catch (DateTimeParseException e) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "'month' is written YYYY-MM, such as 2026-12, not '" + month + "'");
    }
    return report.of(OrgPaths.existing(orgs, orgId).id(), parsed);
  }
}
