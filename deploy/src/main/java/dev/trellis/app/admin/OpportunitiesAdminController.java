package dev.trellis.app.admin;

import dev.trellis.app.TrellisProperties;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.opportunity.ImportingOpportunities;
import dev.trellis.core.opportunity.Opportunities;
import dev.trellis.core.opportunity.Opportunity;
import dev.trellis.core.opportunity.OpportunityCounts;
import dev.trellis.core.opportunity.OpportunityInterests;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An org's internal opportunities: imported from CSV (all rows or none), listed, and counted
 * (posted, interest shown, filled, filled from another team) over a span of days. The counts never
 * say who; the list names each poster, as the chat does.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/opportunities")
class OpportunitiesAdminController {

  private final Orgs orgs;
  private final People people;
  private final Opportunities opportunities;
  private final OpportunityInterests interests;
  private final ImportingOpportunities importing;
  private final TrellisProperties properties;

  OpportunitiesAdminController(
      Orgs orgs,
      People people,
      Opportunities opportunities,
      OpportunityInterests interests,
      ImportingOpportunities importing,
      TrellisProperties properties) {
    this.orgs = orgs;
    this.people = people;
    this.opportunities = opportunities;
    this.interests = interests;
    this.importing = importing;
    this.properties = properties;
  }

  /** An opportunity as the admin API shows it. */
  record OpportunityView(
      int number,
      String title,
      String kind,
      String team,
      List<String> skills,
      String timeNeeded,
      String closesOn,
      String status,
      String posterEmail,
      String postedAt) {}

  /** The counts of a span: {@code from} and {@code to} are days, both included (UTC). */
  record CountsView(String from, String to, OpportunityCounts counts) {}

  @PostMapping(consumes = DirectoryAdminController.TEXT_CSV)
  ResponseEntity<?> importCsv(
      @PathVariable String orgId,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, defaultValue = "-1") long length,
      InputStream body)
      throws IOException {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    String csv = CsvUpload.read(body, length, contentType, properties.admin().importMaxSize());
    ImportOutcome outcome = importing.importCsv(id, csv);
    if (outcome instanceof ImportOutcome.Rejected rejected) {
      return AdminApiErrors.rejected(rejected);
    }
    return ResponseEntity.ok(outcome);
  }

  @GetMapping
  List<OpportunityView> list(@PathVariable String orgId) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    List<Opportunity> all = opportunities.all(id);
    Map<PersonId, Person> posters =
        people.byIds(id, all.stream().map(Opportunity::postedBy).distinct().toList());
    return all.stream()
        .map(
            o ->
                new OpportunityView(
                    o.number(),
                    o.title(),
                    o.kind().word(),
                    o.team().orElse(null),
                    o.skills(),
                    o.posting().timeNeeded().orElse(null),
                    o.closesOn().toString(),
                    o.status().name().toLowerCase(Locale.ROOT),
                    posters.containsKey(o.postedBy())
                        ? posters.get(o.postedBy()).email().value()
                        : null,
                    o.postedAt().toString()))
        .toList();
  }

  @GetMapping("/counts")
  CountsView counts(
      @PathVariable String orgId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    LocalDate first = day("from", from, LocalDate.of(2000, 1, 1));
    LocalDate last = day("to", to, LocalDate.of(9999, 12, 30));
    if (last.isBefore(first)) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST, "'to' (" + last + ") is before 'from' (" + first + ")");
    }
    return new CountsView(
        first.toString(),
        last.toString(),
        OpportunityCounts.of(
            opportunities,
            interests,
            id,
            first.atStartOfDay(ZoneOffset.UTC).toInstant(),
            last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  private static LocalDate day(String name, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "'" + name + "' is a day written year-month-day, for example 2026-12-01");
    }
  }
}
