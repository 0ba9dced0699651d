package dev.trellis.app.admin;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import org.springframework.http.HttpStatus;

/**
 * Reads the org id of an admin URL, answering 400 for a malformed one and 404 for an unknown one.
 */
final class OrgPaths {

  private OrgPaths() {}

  static OrgId orgId(String text) {
    if (!OrgId.isValid(text)) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "An org id is 1-64 letters, digits, '-' or '_', starting with a letter or digit");
    }
    return new OrgId(text);
  }

  static Org existing(Orgs orgs, String text) {
    OrgId id = orgId(text);
    return orgs.findById(id)
        .orElseThrow(
            () ->
                new AdminApiException(
                    HttpStatus.NOT_FOUND,
                    "There is no org '" + id + "'. Create it with PUT /api/admin/orgs/" + id));
  }
}
