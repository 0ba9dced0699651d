package dev.trellis.app.admin;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.oneonone.RemovingOneOnOnes;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deletes a recurring 1:1 (by the id the 1:1 list shows), and with it its steps still to come. */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/one-on-ones")
class OneOnOnesAdminController {

  private final Orgs orgs;
  private final RemovingOneOnOnes removing;

  OneOnOnesAdminController(Orgs orgs, RemovingOneOnOnes removing) {
    this.orgs = orgs;
    this.removing = removing;
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable String orgId, @PathVariable String id) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    if (!removing.remove(org, new OneOnOneId(id))) {
      throw new AdminApiException(
          HttpStatus.NOT_FOUND,
          "There is no 1:1 '" + id + "' in org '" + org + "'. GET the org's one-on-ones for ids.");
    }
    return ResponseEntity.noContent().build();
  }
}
