package dev.trellis.app.admin;

import dev.trellis.app.TrellisProperties;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.Page;
import dev.trellis.core.directory.PageRequest;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.directory.importing.ImportingOneOnOnes;
import dev.trellis.core.directory.importing.ImportingPeople;
import dev.trellis.core.oneonone.RemovingOneOnOnes;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.step.ReplanningOrg;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Loads an org's people and 1:1s from CSV files, lists them, and deletes a 1:1. */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}")
class DirectoryAdminController {

  static final String TEXT_CSV = "text/csv";
  private static final int MAX_QUERY = 100;

  private final Orgs orgs;
  private final People people;
  private final OneOnOnes oneOnOnes;
  private final ImportingPeople importingPeople;
  private final ImportingOneOnOnes importingOneOnOnes;
  private final TrellisProperties properties;
  private final ReplanningOrg replanning;
  private final RemovingOneOnOnes removingOneOnOnes;
  private final AdminAudit audit;

  DirectoryAdminController(
      Orgs orgs,
      People people,
      OneOnOnes oneOnOnes,
      ImportingPeople importingPeople,
      ImportingOneOnOnes importingOneOnOnes,
      TrellisProperties properties,
      ReplanningOrg replanning,
      RemovingOneOnOnes removingOneOnOnes,
      AdminAudit audit) {
    this.audit = audit;
    this.orgs = orgs;
    this.people = people;
    this.oneOnOnes = oneOnOnes;
    this.importingPeople = importingPeople;
    this.importingOneOnOnes = importingOneOnOnes;
    this.properties = properties;
    this.replanning = replanning;
    this.removingOneOnOnes = removingOneOnOnes;
  }

  @PostMapping(path = "/people", consumes = TEXT_CSV)
  ResponseEntity<?> importPeople(
      @PathVariable String orgId,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, defaultValue = "-1") long length,
      InputStream body,
      HttpServletRequest request)
      throws IOException {
    audit.record(request, OrgPaths.existing(orgs, orgId).id(), "import people");
    return importCsv(orgId, contentType, length, body, importingPeople::importCsv);
  }

  @PostMapping(path = "/one-on-ones", consumes = TEXT_CSV)
  ResponseEntity<?> importOneOnOnes(
      @PathVariable String orgId,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, defaultValue = "-1") long length,
      InputStream body)
      throws IOException {
    return importCsv(orgId, contentType, length, body, importingOneOnOnes::importCsv);
  }

  private ResponseEntity<?> importCsv(
      String orgId,
      MediaType contentType,
      long length,
      InputStream body,
      BiFunction<OrgId, String, ImportOutcome> importer)
      throws IOException {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    String csv = CsvUpload.read(body, length, contentType, properties.admin().importMaxSize());
    ImportOutcome outcome = importer.apply(id, csv);
    if (outcome instanceof ImportOutcome.Rejected rejected) {
      return AdminApiErrors.rejected(rejected);
    }
    // Zones, working days and meetings may have changed under steps already planned.
    replanning.replan(id);
    return ResponseEntity.ok(outcome);
  }

  /** A person as the admin API shows them. */
  record PersonView(
      String email,
      String name,
      String managerEmail,
      String department,
      String timeZone,
      List<String> workingDays,
      String quietHours,
      String slackUserId,
      String teamsAadObjectId) {}

  /** One page of people. */
  record PeoplePage(List<PersonView> items, int page, int size, long totalItems, long totalPages) {}

  @GetMapping("/people")
  PeoplePage listPeople(
      @PathVariable String orgId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(defaultValue = "") String q,
      HttpServletRequest request) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    audit.record(request, id, "read directory");
    if (page < 0 || size < 1 || size > PageRequest.MAX_SIZE) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1 to " + PageRequest.MAX_SIZE);
    }
    if (q.length() > MAX_QUERY) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST, "q is at most " + MAX_QUERY + " characters");
    }
    Page<Person> found = people.search(id, q, new PageRequest(page, size));
    Map<PersonId, String> managerEmails =
        emailsOf(id, found.items().stream().flatMap(p -> p.managerId().stream()).toList());
    List<PersonView> items = found.items().stream().map(p -> view(p, managerEmails)).toList();
    return new PeoplePage(
        items, found.page(), found.size(), found.totalItems(), found.totalPages());
  }

  /** A recurring 1:1 as the admin API shows it; {@code id} is the one to delete it by. */
  record OneOnOneView(
      String id,
      String managerEmail,
      String reportEmail,
      String cadence,
      String weekday,
      String startTime,
      long durationMinutes,
      String timeZone,
      String firstDate) {}

  @GetMapping("/one-on-ones")
  List<OneOnOneView> listOneOnOnes(@PathVariable String orgId) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    Map<PersonId, String> emails = new HashMap<>();
    people.findAll(id).forEach(p -> emails.put(p.id(), p.email().value()));
    return oneOnOnes.findAll(id).stream()
        .map(
            o ->
                new OneOnOneView(
                    o.id().value(),
                    emails.get(o.managerId()),
                    emails.get(o.reportId()),
                    o.cadence().name(),
                    o.weekday().name(),
                    o.startTime().toString(),
                    o.duration().toMinutes(),
                    o.timeZone().getId(),
                    o.firstDate().toString()))
        .sorted(
            Comparator.comparing(OneOnOneView::managerEmail)
                .thenComparing(OneOnOneView::reportEmail))
        .toList();
  }

  /** Deletes the 1:1 (by the id the list shows) and its steps still to come. */
  @DeleteMapping("/one-on-ones/{oneOnOneId}")
  ResponseEntity<Void> deleteOneOnOne(@PathVariable String orgId, @PathVariable String oneOnOneId) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    if (!removingOneOnOnes.remove(id, new OneOnOneId(oneOnOneId))) {
      throw new AdminApiException(
          HttpStatus.NOT_FOUND,
          "There is no 1:1 '" + oneOnOneId + "' in org '" + id + "'. GET its one-on-ones for ids.");
    }
    return ResponseEntity.noContent().build();
  }

  private Map<PersonId, String> emailsOf(OrgId orgId, List<PersonId> ids) {
    Map<PersonId, String> emails = new HashMap<>();
    people.findByIds(orgId, ids).forEach(p -> emails.put(p.id(), p.email().value()));
    return emails;
  }

  private static PersonView view(Person p, Map<PersonId, String> managerEmails) {
    return new PersonView(
        p.email().value(),
        p.name(),
        p.managerId().map(managerEmails::get).orElse(null),
        p.department().orElse(null),
        p.timeZone().getId(),
        p.workingDays().shortNames(),
        p.quietHours().toString(),
        p.slackUserId().orElse(null),
        p.teamsAadObjectId().orElse(null));
  }
}
