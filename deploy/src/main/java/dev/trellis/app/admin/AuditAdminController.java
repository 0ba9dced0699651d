package dev.trellis.app.admin;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.privacy.AuditEntry;
import dev.trellis.core.privacy.AuditLog;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org's audit log, newest first: who (the operator or an org token's id), when, what and whose
 * data (their email while they are in the directory, {@code (erased)} after), never the data.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/audit")
class AuditAdminController {

  private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

  /** One access as the API shows it. */
  record EntryView(String at, String who, String action, String person) {}

  private final Orgs orgs;
  private final People people;
  private final AuditLog log;

  AuditAdminController(Orgs orgs, People people, AuditLog log) {
    this.orgs = orgs;
    this.people = people;
    this.log = log;
  }

  @GetMapping
  List<EntryView> list(
      @PathVariable String orgId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "200") int limit) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    if (limit < 1 || limit > AuditLog.MAX_LIST) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST, "'limit' is from 1 to " + AuditLog.MAX_LIST + ", not " + limit);
    }
    List<AuditEntry> entries =
        log.list(id, instant("from", from, Instant.EPOCH), instant("to", to, FAR_FUTURE), limit);
    Map<PersonId, String> emails =
        people.findAll(id).stream()
            .collect(Collectors.toMap(Person::id, p -> p.email().value(), (a, b) -> a));
    return entries.stream()
        .map(
            e ->
                new EntryView(
                    e.at().toString(),
                    e.who(),
                    e.action(),
                    e.subject().map(s -> emails.getOrDefault(s, "(erased)")).orElse(null)))
        .toList();
  }

  private static Instant instant(String name, String text, Instant otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "'" + name + "' is an instant such as 2026-12-01T00:00:00Z, not '" + text + "'");
    }
  }
}
