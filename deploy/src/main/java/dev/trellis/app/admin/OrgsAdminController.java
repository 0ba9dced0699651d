package dev.trellis.app.admin;

import dev.trellis.core.directory.PageRequest;
import dev.trellis.core.directory.People;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.org.SavingOrg;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists, creates, updates and shows orgs. */
@RestController
@RequestMapping("/api/admin/orgs")
class OrgsAdminController {

  static final String SLACK_TEAM_ID = "slackTeamId";
  static final String TEAMS_TENANT_ID = "teamsTenantId";

  private final SavingOrg savingOrg;
  private final Orgs orgs;
  private final People people;

  OrgsAdminController(SavingOrg savingOrg, Orgs orgs, People people) {
    this.savingOrg = savingOrg;
    this.orgs = orgs;
    this.people = people;
  }

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

  /** An org in the list of all of them, with how many people it has. */
  record OrgListing(
      String id, String name, String slackTeamId, String teamsTenantId, long peopleCount) {}

  /** Every org, for the operator to find the one a workspace or tenant was linked to. */
  @GetMapping
  @OperatorOnly
  List<OrgListing> list() {
    return orgs.findAll().stream()
        .map(
            org ->
                new OrgListing(
                    org.id().value(),
                    org.name(),
                    org.slackTeamId().orElse(null),
                    org.teamsTenantId().orElse(null),
                    peopleIn(org.id())))
        .toList();
  }

  /**
   * Creating an org, or moving it to another Slack team or tenant, is the operator's. A platform id
   * left out of the body stays as it is; an explicit {@code null} (or blank) unlinks it.
   */
  @PutMapping("/{orgId}")
  @OperatorOnly
  ResponseEntity<OrgView> put(@PathVariable String orgId, @RequestBody Map<String, Object> body) {
    OrgId id = OrgPaths.orgId(orgId);
    Optional<Org> existing = orgs.findById(id);
    SavingOrg.Result result =
        savingOrg.save(
            new SavingOrg.Request(
                id,
                text(body, "name").orElse(null),
                platformId(body, SLACK_TEAM_ID, existing.flatMap(Org::slackTeamId)),
                platformId(body, TEAMS_TENANT_ID, existing.flatMap(Org::teamsTenantId))));
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

  @GetMapping("/{orgId}")
  OrgView get(@PathVariable String orgId) {
    return OrgView.of(OrgPaths.existing(orgs, orgId));
  }

  private long peopleIn(OrgId orgId) {
    return people.list(orgId, new PageRequest(0, 1)).totalItems();
  }

  /** The field as sent: absent keeps {@code current}, {@code null} unlinks. */
  private static Optional<String> platformId(
      Map<String, Object> body, String field, Optional<String> current) {
    return body.containsKey(field) ? text(body, field) : current;
  }

  private static Optional<String> text(Map<String, Object> body, String field) {
    Object value = body.get(field);
    if (value == null || value instanceof String) {
      return Optional.ofNullable((String) value);
    }
    throw new AdminApiException(HttpStatus.BAD_REQUEST, field + " must be a string or null");
  }
}
