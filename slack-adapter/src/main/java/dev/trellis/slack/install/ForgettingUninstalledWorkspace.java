package dev.trellis.slack.install;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.trellis.slack.inbound.StoredSlackRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets a workspace's stored tokens when it uninstalls the app ({@code app_uninstalled}) or
 * revokes its tokens ({@code tokens_revoked}), so {@code BotTokens} is empty for its org and all
 * sending to it stops. The org and all its data stay until an admin deletes them; a reinstall links
 * to the same org again.
 *
 * <p>The deletion runs before the ack (a few deletes by id), so a failure makes Slack retry; a
 * retry, or any repeat, finds nothing left to delete and acks again. Bolt lets both events through
 * its authorization even when the workspace's token is already gone.
 */
public final class ForgettingUninstalledWorkspace {

  private static final Logger log = LoggerFactory.getLogger(ForgettingUninstalledWorkspace.class);

  private final MongoInstallationService installations;

  public ForgettingUninstalledWorkspace(MongoInstallationService installations) {
    this.installations = installations;
  }

  /** Handles both events on the app (in place of Bolt's asynchronous default handlers). */
  public void register(App app) {
    app.event(AppUninstalledEvent.class, this::appUninstalled);
    app.event(TokensRevokedEvent.class, this::tokensRevoked);
  }

  public Response appUninstalled(
      EventsApiPayload<AppUninstalledEvent> payload, EventContext context) {
    forgetInstallation(payload.getEnterpriseId(), payload.getTeamId());
    return context.ack();
  }

  public Response tokensRevoked(
      EventsApiPayload<TokensRevokedEvent> payload, EventContext context) {
    TokensRevokedEvent.Tokens tokens =
        payload.getEvent() == null ? null : payload.getEvent().getTokens();
    if (tokens != null) {
      forgetRevokedTokens(
          payload.getEnterpriseId(), payload.getTeamId(), tokens.getBot(), tokens.getOauth());
    }
    return context.ack();
  }

  /**
   * A workspace gone, as the inbox stored it: a revoked token forgets the bot token, an uninstall
   * everything stored for the workspace.
   */
  public void forget(StoredSlackRequest.Uninstalled gone) {
    String enterprise = gone.enterpriseId().orElse(null);
    if ("tokens_revoked".equals(gone.event())) {
      forgetBotToken(enterprise, gone.teamId());
    } else {
      forgetInstallation(enterprise, gone.teamId());
    }
  }

  /** Forgets everything stored for the workspace; nothing happens when nothing is stored. */
  public void forgetInstallation(String enterpriseId, String teamId) {
    installations.deleteAll(enterpriseId, teamId);
    log.info(
        "Slack team {} (enterprise {}) uninstalled Trellis: its tokens are forgotten, its org"
            + " stays",
        teamId,
        enterpriseId);
  }

  /**
   * @param botUserIds the bot users whose tokens were revoked; any means the workspace's bot token
   * @param userIds the users whose own tokens were revoked
   */
  public void forgetRevokedTokens(
      String enterpriseId, String teamId, List<String> botUserIds, List<String> userIds) {
    if (userIds != null && !userIds.isEmpty()) {
      forgetUserTokens(enterpriseId, teamId, userIds);
    }
    if (botUserIds != null && !botUserIds.isEmpty()) {
      forgetBotToken(enterpriseId, teamId);
    }
  }

  /** Forgets the workspace's bot token, and with it the installation. */
  public void forgetBotToken(String enterpriseId, String teamId) {
    Bot bot = installations.findBot(enterpriseId, teamId);
    if (bot != null) {
      installations.deleteBot(bot);
      log.info(
          "Slack team {} (enterprise {}) revoked Trellis's bot token: it is forgotten",
          teamId,
          enterpriseId);
    }
  }

  /** Forgets these users' own tokens (kept only for the installer); the bot keeps working. */
  public void forgetUserTokens(String enterpriseId, String teamId, List<String> userIds) {
    for (String userId : userIds) {
      Installer installer = installations.findInstaller(enterpriseId, teamId, userId);
      if (installer != null) {
        installations.deleteInstaller(installer);
      }
    }
  }
}
