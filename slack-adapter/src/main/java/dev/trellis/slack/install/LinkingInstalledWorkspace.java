package dev.trellis.slack.install;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.org.SavingOrg;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a newly installed workspace its org. The org already linked to the workspace's Slack team
 * id keeps its id, name and data (a reinstall after an uninstall finds it again). Otherwise a new
 * org is created, named after the workspace, with an id made of the name and the team id, such as
 * {@code acme-t0123abcd}: readable, and never the id of another workspace's org, so two workspaces
 * with the same name installing at once cannot overwrite each other's org.
 *
 * <p>An existing org is never taken over: if the new id is already used by an org that is not
 * linked to this team (an admin made it by hand), no org is created, the installation stays stored,
 * and an admin links the team to an org of their choice; its token is found by team id.
 */
public final class LinkingInstalledWorkspace {

  private static final Logger log = LoggerFactory.getLogger(LinkingInstalledWorkspace.class);
  private static final int MAX_ID_LENGTH = 64;

  private final Orgs orgs;
  private final SavingOrg savingOrg;

  public LinkingInstalledWorkspace(Orgs orgs) {
    this.orgs = orgs;
    this.savingOrg = new SavingOrg(orgs);
  }

  /** What linking did. */
  public sealed interface Result {

    /** What happened, in words for a log line an admin reads to find the org. */
    String inWords();

    /** An org was already linked to the team; it is unchanged. */
    record Linked(Org org) implements Result {
      @Override
      public String inWords() {
        return "linked to org " + org.id().value() + " (" + org.name() + ")";
      }
    }

    record Created(Org org) implements Result {
      @Override
      public String inWords() {
        return "created org " + org.id().value() + " (" + org.name() + ") for it";
      }
    }

    /** No org was linked; the reason names ids, never a token. */
    record NotLinked(String reason) implements Result {
      @Override
      public String inWords() {
        return "linked to no org: " + reason;
      }
    }
  }

  public Result link(InstalledWorkspace workspace) {
    String teamId = workspace.slackTeamId();
    Optional<Org> linked = orgs.findBySlackTeamId(teamId);
    if (linked.isPresent()) {
      return new Result.Linked(linked.get());
    }
    OrgId id = orgIdFor(workspace.name(), teamId);
    if (orgs.findById(id).isPresent()) {
      return notLinked(
          "org id " + id.value() + " is taken by an org not linked to Slack team " + teamId,
          teamId);
    }
    SavingOrg.Result saved =
        savingOrg.save(
            new SavingOrg.Request(
                id, orgNameFor(workspace.name(), teamId), Optional.of(teamId), Optional.empty()));
    if (saved instanceof SavingOrg.Result.Created created) {
      log.info("Slack team {} installed Trellis: created org {}", teamId, id.value());
      return new Result.Created(created.org());
    }
    // Another install of the same team won the race (same id, nothing lost), or Slack sent an id
    // that is not a team id.
    return orgs.findBySlackTeamId(teamId)
        .<Result>map(Result.Linked::new)
        .orElseGet(() -> notLinked("the org could not be saved: " + reasonOf(saved), teamId));
  }

  private static String reasonOf(SavingOrg.Result saved) {
    if (saved instanceof SavingOrg.Result.Invalid invalid) {
      return invalid.reason();
    }
    if (saved instanceof SavingOrg.Result.Conflict conflict) {
      return conflict.reason();
    }
    return saved.getClass().getSimpleName();
  }

  private static Result notLinked(String reason, String teamId) {
    log.warn(
        "Slack team {} installed Trellis but is linked to no org ({}); an admin must link it",
        teamId,
        reason);
    return new Result.NotLinked(reason);
  }

  /** {@code <name as lower-case ASCII words joined by '-'>-<team id in lower case>}. */
  static OrgId orgIdFor(String workspaceName, String teamId) {
    String suffix = teamId.toLowerCase(Locale.ROOT);
    String slug = slug(workspaceName == null ? "" : workspaceName);
    int room = MAX_ID_LENGTH - suffix.length() - 1;
    if (slug.length() > room) {
      slug = slug.substring(0, Math.max(room, 0)).replaceAll("-+$", "");
    }
    return new OrgId(slug.isEmpty() ? "slack-" + suffix : slug + "-" + suffix);
  }

  private static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String orgNameFor(String workspaceName, String teamId) {
    if (workspaceName == null || workspaceName.isBlank()) {
      return "Slack " + teamId;
    }
    String name = workspaceName.trim();
    return name.length() > Org.MAX_NAME_LENGTH ? name.substring(0, Org.MAX_NAME_LENGTH) : name;
  }
}
