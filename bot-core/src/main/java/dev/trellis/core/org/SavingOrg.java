package dev.trellis.core.org;

import java.util.Optional;
import java.util.regex.Pattern;

/** Creates or updates an org, refusing a Slack team or Teams tenant that another org holds. */
public final class SavingOrg {

  private static final Pattern SLACK_TEAM_ID = Pattern.compile("[TE][A-Z0-9]{2,20}");

  private final Orgs orgs;

  public SavingOrg(Orgs orgs) {
    this.orgs = orgs;
  }

  /** What an admin asks for; blank platform ids mean "not linked". */
  public record Request(
      OrgId id, String name, Optional<String> slackTeamId, Optional<String> teamsTenantId) {}

  /** The outcome the caller renders. */
  public sealed interface Result {
    record Created(Org org) implements Result {}

    record Updated(Org org) implements Result {}

    record Invalid(String field, String reason) implements Result {}

    record Conflict(String field, String reason) implements Result {}
  }

  public Result save(Request request) {
    if (request.name() == null || request.name().isBlank()) {
      return new Result.Invalid("name", "name is required");
    }
    if (request.name().length() > Org.MAX_NAME_LENGTH) {
      return new Result.Invalid(
          "name", "name is longer than " + Org.MAX_NAME_LENGTH + " characters");
    }
    Optional<String> slackTeamId =
        request.slackTeamId().map(String::trim).filter(s -> !s.isEmpty());
    Optional<String> tenantId =
        request
            .teamsTenantId()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(String::toLowerCase);
    if (slackTeamId.isPresent() && !SLACK_TEAM_ID.matcher(slackTeamId.get()).matches()) {
      return new Result.Invalid(
          "slackTeamId", "'" + slackTeamId.get() + "' is not a Slack team id (like T0123ABCD)");
    }
    if (tenantId.isPresent() && !TeamsIds.isWellFormed(tenantId.get())) {
      return new Result.Invalid(
          "teamsTenantId",
          "'"
              + tenantId.get()
              + "' is not a Microsoft tenant id (up to "
              + TeamsIds.MAX_LENGTH
              + " letters, digits, '-', '_', '.' or ':')");
    }
    Optional<Org> slackHolder = slackTeamId.flatMap(orgs::findBySlackTeamId);
    if (slackHolder.isPresent() && !slackHolder.get().id().equals(request.id())) {
      return new Result.Conflict(
          "slackTeamId", "Slack team " + slackTeamId.get() + " already belongs to another org");
    }
    Optional<Org> tenantHolder = tenantId.flatMap(orgs::findByTeamsTenantId);
    if (tenantHolder.isPresent() && !tenantHolder.get().id().equals(request.id())) {
      return new Result.Conflict(
          "teamsTenantId", "Teams tenant " + tenantId.get() + " already belongs to another org");
    }
    boolean exists = orgs.findById(request.id()).isPresent();
    Org org = new Org(request.id(), request.name().trim(), slackTeamId, tenantId);
    orgs.save(org);
    return exists ? new Result.Updated(org) : new Result.Created(org);
  }
}
