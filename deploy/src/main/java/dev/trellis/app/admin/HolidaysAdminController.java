package dev.trellis.app.admin;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.ReplanningOrg;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An org's holidays: days nothing is sent, in each person's own zone. */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/holidays")
class HolidaysAdminController {

  static final int MAX_DAYS = 1000;

  private final Orgs orgs;
  private final Holidays holidays;
  private final ReplanningOrg replanning;

  HolidaysAdminController(Orgs orgs, Holidays holidays, ReplanningOrg replanning) {
    this.orgs = orgs;
    this.holidays = holidays;
    this.replanning = replanning;
  }

  /** The body of a PUT and the answer of both calls: the days, {@code YYYY-MM-DD}. */
  record HolidaysBody(List<String> days) {
    static HolidaysBody of(Set<LocalDate> days) {
      return new HolidaysBody(new TreeSet<>(days).stream().map(LocalDate::toString).toList());
    }
  }

  @GetMapping
  HolidaysBody get(@PathVariable String orgId) {
    return HolidaysBody.of(holidays.of(OrgPaths.existing(orgs, orgId).id()));
  }

  /** Replaces all of the org's holidays; an empty list clears them. */
  @PutMapping
  HolidaysBody put(@PathVariable String orgId, @RequestBody HolidaysBody body) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    if (body.days() == null) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "Send the days as {\"days\":[\"2026-12-25\",\"2026-12-26\"]}; an empty list clears"
              + " them");
    }
    if (body.days().size() > MAX_DAYS) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST, "At most " + MAX_DAYS + " holidays, not " + body.days().size());
    }
    Set<LocalDate> days = new TreeSet<>();
    for (String day : body.days()) {
      days.add(parse(day));
    }
    holidays.replace(id, days);
    replanning.replan(id);
    return HolidaysBody.of(days);
  }

  private static LocalDate parse(String day) {
    try {
      return LocalDate.parse(day == null ? "" : day.strip());
    } catch (DateTimeParseException e) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "'" + day + "' is not a date: write each day as YYYY-MM-DD, such as 2026-12-25");
    }
  }
}
