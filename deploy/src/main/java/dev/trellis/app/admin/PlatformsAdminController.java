package dev.trellis.app.admin;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import dev.trellis.slack.BotTokens;
import dev.trellis.teams.inbound.TeamsAuthentication;
import dev.trellis.teams.install.InstalledTeams;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether an org can be reached on Slack and on Teams: linked, configured on this Trellis,
 * installed, and how many of its people carry an id there. Read-only; says what is missing.
 */
@RestController
class PlatformsAdminController {

  private final Orgs orgs;
  private final People people;
  private final ObjectProvider<BotTokens> slackTokens;
  private final TeamsAuthentication teamsAuthentication;
  private final InstalledTeams installedTeams;

  PlatformsAdminController(
      Orgs orgs,
      People people,
      ObjectProvider<BotTokens> slackTokens,
      TeamsAuthentication teamsAuthentication,
      InstalledTeams installedTeams) {
    this.orgs = orgs;
    this.people = people;
    this.slackTokens = slackTokens;
    this.teamsAuthentication = teamsAuthentication;
    this.installedTeams = installedTeams;
  }

  /** Slack for one org; {@code problem} is null exactly when {@code healthy}. */
  record SlackView(
      String teamId,
      boolean configured,
      boolean installed,
      long peopleLinked,
      boolean healthy,
      String problem) {}

  /** Teams for one org; {@code problem} is null exactly when {@code healthy}. */
  record TeamsView(
      String tenantId,
      String authentication,
      int teamsInstalled,
      long peopleLinked,
      boolean healthy,
      String problem) {}

  record PlatformsView(long people, SlackView slack, TeamsView teams) {}

  @GetMapping("/api/admin/orgs/{orgId}/platforms")
  PlatformsView platforms(@PathVariable String orgId) {
    Org org = OrgPaths.existing(orgs, orgId);
    List<Person> everyone = people.findAll(org.id());
    return new PlatformsView(everyone.size(), slack(org, everyone), teams(org, everyone));
  }

  private SlackView slack(Org org, List<Person> everyone) {
    BotTokens tokens = slackTokens.getIfAvailable();
    boolean installed = tokens != null && tokens.forOrg(org.id()).isPresent();
    long linked = everyone.stream().filter(p -> p.slackUserId().isPresent()).count();
    String problem =
        org.slackTeamId().isEmpty()
            ? "No Slack workspace is linked: set the org's slackTeamId, or install Trellis there"
            : tokens == null
                ? "Slack is not configured on this Trellis (see README, Connect Slack)"
                : !installed
                    ? "The workspace has not installed Trellis, or has uninstalled it (no bot token)"
                    : null;
    return new SlackView(
        org.slackTeamId().orElse(null),
        tokens != null,
        installed,
        linked,
        problem == null,
        problem);
  }

  private TeamsView teams(Org org, List<Person> everyone) {
    TeamsAuthentication.Mode mode = teamsAuthentication.mode();
    int teams = installedTeams.findAll(org.id()).size();
    long linked = everyone.stream().filter(p -> p.teamsAadObjectId().isPresent()).count();
    String problem =
        org.teamsTenantId().isEmpty()
            ? "No Teams tenant is linked: set the org's teamsTenantId, or install Trellis there"
            : mode == TeamsAuthentication.Mode.CLOSED
                ? "Teams is not configured on this Trellis: MICROSOFT_APP_ID is not set, so every"
                    + " Teams request is refused"
                : null;
    return new TeamsView(
        org.teamsTenantId().orElse(null), mode.name(), teams, linked, problem == null, problem);
  }
}
