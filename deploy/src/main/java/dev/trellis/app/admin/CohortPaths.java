package dev.trellis.app.admin;

import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import org.springframework.http.HttpStatus;

/**
 * Reads the cohort of an admin URL, answering 400 for something that is not a cohort id and 404 for
 * an org or cohort that does not exist.
 */
final class CohortPaths {

  private CohortPaths() {}

  static Cohort existing(Orgs orgs, Cohorts cohorts, String orgId, String cohortId) {
    OrgId org = OrgPaths.existing(orgs, orgId).id();
    CohortId id = cohortId(cohortId);
    return cohorts.find(org, id).orElseThrow(() -> notFound(id));
  }

  static CohortId cohortId(String text) {
    if (!CohortId.isValid(text)) {
      throw new AdminApiException(
          HttpStatus.BAD_REQUEST,
          "A cohort id is 1-64 letters, digits, '-' or '_', as GET .../cohorts lists them");
    }
    return new CohortId(text);
  }

  static AdminApiException notFound(CohortId id) {
    return new AdminApiException(
        HttpStatus.NOT_FOUND,
        "There is no cohort " + id + " in this org. GET .../cohorts lists them.");
  }
}
