package dev.trellis.app.admin;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.export.PersonalDataExport;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's whole export for an HR request (GDPR Art. 15 and 20): the same JSON as {@code
 * my-data}, as an attachment, written to the audit log.
 */
@RestController
class PersonExportAdminController {

  private final Orgs orgs;
  private final People people;
  private final PersonalDataExport export;
  private final AdminAudit audit;
  private final Clock clock;

  PersonExportAdminController(
      Orgs orgs, People people, PersonalDataExport export, AdminAudit audit, Clock clock) {
    this.orgs = orgs;
    this.people = people;
    this.export = export;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/api/admin/orgs/{orgId}/people/{email}/export")
  ResponseEntity<byte[]> export(
      @PathVariable String orgId, @PathVariable String email, HttpServletRequest request) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    Person person = PersonPaths.existing(people, org, email);
    audit.record(request, org, "export", person.id());
    String filename =
        "trellis-export-" + clock.instant().atZone(ZoneOffset.UTC).toLocalDate() + ".json";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(export.json(org, person.id()).getBytes(StandardCharsets.UTF_8));
  }
}
