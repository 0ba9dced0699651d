package dev.trellis.app.admin;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.org.SavingOrg;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creates, updates and shows orgs. */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}")
class OrgsAdminController {

  private final SavingOrg savingOrg;
  private final Orgs orgs;

  OrgsAdminController(SavingOrg savingOrg, Orgs orgs) {
    this.savingOrg = savingOrg;
    this.orgs = orgs;
  }

  /** The body of a PUT; the platform ids may be left out. */
  record OrgBody(String name, String slackTeamId, String teamsTenantId) {}

  /** An org as the API shows it. */
  record OrgView(String id, String name, String slackTeamId, String teamsTenantId) {
    static OrgView of(Org org) {
      return new OrgView(
          org.id().value(),
          org.name(),
          org.slackTeamId().orElse(null),
          org.teamsTenantId().orElse(null));
    }
  }

  /** Creating an org, or moving it to another Slack team or tenant, is the operator's. */
  @PutMapping
  @OperatorOnly
  ResponseEntity<OrgView> put(@PathVariable String orgId, @RequestBody OrgBody body) {
    SavingOrg.Result result =
        savingOrg.save(
            new SavingOrg.Request(
                OrgPaths.orgId(orgId),
                body.name(),
                Optional.ofNullable(body.slackTeamId()),
                Optional.ofNullable(body.teamsTenantId())));
    if (result instanceof SavingOrg.Result.Created created) {
      return ResponseEntity.status(HttpStatus.CREATED).body(OrgView.of(created.org()));
    }
    if (result instanceof SavingOrg.Result.Updated updated) {
      return ResponseEntity.ok(OrgView.of(updated.org()));
    }
    if (result instanceof SavingOrg.Result.Conflict conflict) {
      throw new AdminApiException(HttpStatus.CONFLICT, conflict.reason());
    }
    throw new AdminApiException(
        HttpStatus.BAD_REQUEST, ((SavingOrg.Result.Invalid) result).reason());
  }

  @GetMapping
  OrgView get(@PathVariable String orgId) {
    return OrgView.of(OrgPaths.existing(orgs, orgId));
  }
}
