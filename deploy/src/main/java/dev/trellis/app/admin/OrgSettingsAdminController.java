package dev.trellis.app.admin;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.step.ReplanningOrg;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An org's settings, one section per feature ({@code feedback}, {@code devTime}, …): GET answers
 * all of them with their defaults filled in; PUT changes the fields it sends and leaves the others
 * as they are, and plans the org again.
 */
@RestController
@RequestMapping("/api/admin/orgs/{orgId}/settings")
class OrgSettingsAdminController {

  private final Orgs orgs;
  private final OrgSettingsStore settings;
  private final OrgSettingsJson json;
  private final ReplanningOrg replanning;

  OrgSettingsAdminController(
      Orgs orgs, OrgSettingsStore settings, JsonMapper json, ReplanningOrg replanning) {
    this.orgs = orgs;
    this.settings = settings;
    this.json = new OrgSettingsJson(json);
    this.replanning = replanning;
  }

  @GetMapping
  OrgSettings get(@PathVariable String orgId) {
    return settings.find(OrgPaths.existing(orgs, orgId).id());
  }

  @PutMapping
  OrgSettings put(@PathVariable String orgId, @RequestBody JsonNode changes) {
    OrgId id = OrgPaths.existing(orgs, orgId).id();
    OrgSettings merged = json.merge(settings.find(id), changes);
    settings.save(id, merged);
    // A protected slot or a budget changes what is planned (reminders, and what waits for the
    // slot).
    replanning.replan(id);
    return merged;
  }
}
