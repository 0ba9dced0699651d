package dev.trellis.app.admin;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.erasure.ErasingPerson;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An HR request to forget a person: the same erasure as their own {@code forget-me}. The audit
 * entry is written first; the erasure then makes it name the person's anonymous id.
 */
@RestController
class PersonErasureAdminController {

  private final Orgs orgs;
  private final People people;
  private final ErasingPerson erasing;
  private final AdminAudit audit;

  PersonErasureAdminController(Orgs orgs, People people, ErasingPerson erasing, AdminAudit audit) {
    this.orgs = orgs;
    this.people = people;
    this.erasing = erasing;
    this.audit = audit;
  }

  @DeleteMapping("/api/admin/orgs/{orgId}/people/{email}")
  ResponseEntity<Void> erase(
      @PathVariable String orgId, @PathVariable String email, HttpServletRequest request) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    Person person = PersonPaths.existing(people, id, email);
    audit.record(request, id, "erase", person.id());
    erasing.erase(person);
    return ResponseEntity.noContent().build();
  }
}
